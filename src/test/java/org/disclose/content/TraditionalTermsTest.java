package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 7: a complaint header or a status term written in traditional characters (是否辦結, 已辦結,
 * 達到序時進度) is refused with a did-you-mean naming the simplified term: a hint, not a silent acceptance.
 */
class TraditionalTermsTest {

    @TempDir
    Path dir;

    static final String ROUNDS = """
            - id: r2
              name: 第二轮中央生态环境保护督察
              feedbackDate: 2021-12-12
            """;

    private TestSite complaints(String csv) {
        return TestSite.minimal(dir)
                .write("content/rounds.yaml", ROUNDS)
                .write("content/complaints/b1.yaml", "batch: 1\nassigned: 2021-08-27\nround: r2\n")
                .write("content/complaints/b1.csv", csv);
    }

    private List<String> build(TestSite site) {
        return site.build().diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aRequiredHeaderInTraditionalCharactersIsMissingWithAHint() {
        String csv = TestSite.COMPLAINT_HEADER.replace("是否办结", "是否辦結")
                + "1,A001,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无\n";
        assertEquals(List.of("content/complaints/b1.csv:1:1: error: missing column '是否办结' in "
                + "content/complaints/b1.csv (the column '是否辦結' is written in traditional characters: did you mean "
                + "'是否办结'?); its columns are: 序号, 受理编号, 交办问题基本情况, 行政区域, 问题类型, 调查核实情况, 是否属实, "
                + "办结目标, 处理和整改情况, 是否辦結, 责任人被处理情况"), build(complaints(csv)));
    }

    @Test
    void anOptionalHeaderInTraditionalCharactersIsAWarningWithAHint() {
        String csv = TestSite.COMPLAINT_HEADER.replace("调查核实情况", "調查核實情況")
                + "1,A001,反映某企业排放废气,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无\n";
        assertEquals(List.of("content/complaints/b1.csv:1:28: warning: the column '調查核實情況' is not published: it is "
                + "none of the columns a complaint table has (written in traditional characters: did you mean "
                + "'调查核实情况'?); if the office keeps it private, list it in content/complaints/b1.yaml as private: "
                + "[調查核實情況]"), build(complaints(csv)));
    }

    @Test
    void resolutionAndVerdictTermsInTraditionalCharactersAreRefusedWithAHint() {
        String csv = TestSite.COMPLAINT_HEADER
                + "1,A001,反映某企业排放废气,甲市,大气,经核实属实,屬實,整改到位,已整改,已辦結,无\n"
                + "2,A002,反映噪声扰民,甲市,噪聲,经核实属实,基本属实,整改到位,推进中,階段性辦結,无\n";
        assertEquals(List.of(
                "content/complaints/b1.csv:2:30: error: 是否属实 is '屬實', which is not allowed (written in traditional "
                        + "characters: did you mean '属实'?); use one of: 属实, 基本属实, 部分属实, 不属实; leave it empty "
                        + "or write 待核实 where it is not known yet",
                "content/complaints/b1.csv:2:42: error: 是否办结 is '已辦結', which is not allowed (written in traditional "
                        + "characters: did you mean '已办结'?); use one of: 已办结, 阶段性办结, 未办结",
                "content/complaints/b1.csv:3:18: error: 问题类型 is '噪聲', which is not allowed (written in traditional "
                        + "characters: did you mean '噪声'?); use one of: 大气, 水, 土壤, 噪声, 生态, 海洋, 辐射, 固废, 其他; "
                        + "leave it empty or write 待核实 where it is not known yet",
                "content/complaints/b1.csv:3:41: error: 是否办结 is '階段性辦結', which is not allowed (written in "
                        + "traditional characters: did you mean '阶段性办结'?); use one of: 已办结, 阶段性办结, 未办结"),
                build(complaints(csv)));
    }

    @Test
    void aTaskStatusInTraditionalCharactersIsRefusedWithAHint() {
        TestSite site = TestSite.minimal(dir)
                .write("content/rounds.yaml", ROUNDS)
                .write("content/tasks/t.yaml", "- id: t1\n  round: r2\n  problem: 某问题\n  status: 達到序時進度\n");
        assertEquals(List.of("content/tasks/t.yaml:4:11: error: 'status' of the task is '達到序時進度', which is not "
                + "allowed (written in traditional characters: did you mean '达到序时进度'?); use one of: 已销号, 已完成, "
                + "基本完成, 达到序时进度, 未达到序时进度, 尚未启动, 长期坚持"), build(site));
    }
}
