package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.model.figure.FigureCheck;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.FigureTable;
import org.disclose.model.figure.PartialDate;
import org.disclose.text.Fields;
import org.disclose.text.YNode;
import org.disclose.text.YamlParser;
import org.junit.jupiter.api.Test;

/**
 * A national accountability summary by province ({@code figures/accountability-national}), read as an accountability
 * entry's {@code figures:} and {@code tables:} and checked as every declared figure is: clean as written, and each
 * planted error reported at the cell it makes wrong. (The accountability page shows its tables once it reads them.)
 */
class AccountabilityTableTest {

    private static final String FILE = "content/accountability.yaml";
    private static final Path EXAMPLE = TestSite.PROJECT.resolve(
            "src/test/resources/figures/accountability-national/" + FILE);

    private final Diagnostics diagnostics = new Diagnostics();

    /** The first entry's figures and tables, with {@code text} (unless empty) replaced by {@code planted}. */
    private FigureReader.Declared read(String text, String planted) throws IOException {
        String yaml = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        if (!text.isEmpty() && (yaml.indexOf(text) < 0 || yaml.indexOf(text) != yaml.lastIndexOf(text))) {
            throw new AssertionError("'" + text + "' is not in the example exactly once");
        }
        YNode entries = YamlParser.parse(text.isEmpty() ? yaml : yaml.replace(text, planted), FILE, 0, diagnostics)
                .orElseThrow();
        Fields entry = Fields.of(((YNode.Sequence) entries).items().get(0), diagnostics, "an accountability entry")
                .orElseThrow();
        return FigureReader.read(entry, new FigureReader.Defaults(FILE, FigureScope.round("round3"),
                PartialDate.parse(entry.string("asOf")).orElseThrow()));
    }

    /** Reading's messages, then each finding as a build prints it. */
    private List<String> check(FigureReader.Declared d) {
        List<String> out = new ArrayList<>(diagnostics.sorted().stream().map(Diagnostic::toString).toList());
        FigureCheck.check(d.figures(), d.rules()).forEach(f -> out.add(f.pos() + ": error: " + f.message()));
        return out;
    }

    @Test
    void theNationalSummaryIsReadAndAgrees() throws IOException {
        FigureReader.Declared d = read("", "");
        assertEquals(List.of(), check(d));
        FigureTable t = d.tables().get(0);
        assertEquals(List.of("吉林省", "山东省", "广东省", "西藏自治区"), t.rows().stream().map(r -> r.name()).toList());
        assertEquals(List.of("问责", "厅级", "正厅", "处级", "诫勉", "党纪政务处分", "组织处理", "移送司法"),
                t.columns().stream().map(c -> c.label()).toList());
        assertEquals("党纪政务处分 160人次 (吉林省)", t.rows().get(0).cells().get(5).displayWithScope());
        assertEquals("问责 0人 (西藏自治区)", t.rows().get(3).cells().get(0).displayWithScope());
        assertEquals(null, t.rows().get(2).cells().get(2), "广东省 gives no 正厅");
        assertEquals(8 + 8 * 4 - 1 + 8, d.figures().size());
    }

    @Test
    void aColumnWhoseProvincesDoNotAddUpToTheTotalRow() throws IOException {
        assertEquals(List.of(FILE + ":26:52: error: 移送司法 25人 does not agree with its rows: 吉林省 6人 + "
                + "山东省 10人 + 广东省 8人 + 西藏自治区 0人 = 24人"),
                check(read("203, 24]", "203, 25]")));
    }

    @Test
    void aFullDepartmentRankMoreThanItsDepartmentRank() throws IOException {
        assertEquals(List.of(FILE + ":22:26: error: 正厅 20人 is more than 厅级 18人, which includes it",
                FILE + ":26:29: error: 正厅 9人 is less than its rows: 吉林省 20人 + 山东省 4人 + "
                + "西藏自治区 0人 = 24人 (广东省 not given)"),
                check(read("[吉林省, 312, 18, 3,", "[吉林省, 312, 18, 20,")));
    }

    @Test
    void ranksOfAProvinceMoreThanItsTotal() throws IOException {
        assertEquals(List.of(FILE + ":23:17: error: 问责 405人 (山东省) is less than its parts: 厅级 25人 + 处级 390人 = 415人 "
                + "(乡科级及以下 not given)",
                FILE + ":26:32: error: 处级 402人 does not agree with its rows: 吉林省 121人 + 山东省 390人 + "
                + "广东省 121人 + 西藏自治区 0人 = 632人"),
                check(read("[山东省, 405, 25, 4, 160,", "[山东省, 405, 25, 4, 390,")));
    }
}
