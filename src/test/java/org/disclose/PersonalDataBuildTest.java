package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real builds of sites with personal data in the forms the guard reads through, in every kind of input: a file's
 * name, a Markdown text, a spreadsheet cell; and builds of 1 MB of adversarial text, which must end.
 */
class PersonalDataBuildTest {

    /** 220102 (长春市南关区), born 1990-03-07: the check digit is computed, as in PersonalDataGuardTest. */
    private static final String ID = withCheckDigit("22010219900307123");
    private static final String MASKED_ID = ID.substring(0, 4) + "**********" + ID.substring(14);

    @TempDir
    Path dir;

    private static String withCheckDigit(String seventeen) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * weights[i];
        }
        return seventeen + "10X98765432".charAt(sum % 11);
    }

    private BuildResult build(TestSite site) {
        return site.build(BuildOptions.defaults(site.root()).withToday(LocalDate.of(2024, 1, 1)));
    }

    private static List<String> lines(BuildResult result) {
        return result.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static String release(String body) {
        return "---\ntitle: 整改进展\ndate: 2023-05-10\n---\n\n" + body + "\n";
    }

    @Test
    void aFileNamedAfterAnIdNumberIsRefusedAndItsNameIsPrintedMasked() {
        TestSite site = TestSite.minimal(dir).write("content/releases/" + ID + ".md", release("正文。"));
        BuildResult result = build(site);
        assertFalse(result.ok(), lines(result)::toString);
        assertContains(lines(result), "content/releases/" + MASKED_ID + ".md:1:1: error: a resident ID number ("
                + MASKED_ID + ") is in this file's name, which becomes the page's address, the sitemap's and the "
                + "feed's: rename the file", lines(result)::toString);
        lines(result).forEach(l -> assertNotContains(l, ID, l));
        assertFalse(Files.exists(site.output()), "nothing is published");
    }

    @Test
    void numbersHiddenByFullWidthEntitiesOrEmphasisAreLocatedInTheText() {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", release("""
                正文。

                举报人电话：１３８ １２３４ ５６７８。
                举报人电话：&#49;&#51;&#57;1234&nbsp;5678。
                举报人电话：137**1234**5678，QQ：1234 5678。
                银行卡号：6217 0000 0000 0000 004。"""));
        BuildResult result = build(site);
        assertEquals(List.of(
                "content/releases/a.md:8:7: error: a mobile number (138****5678) must not be published: remove it, "
                        + "or if it is an official hotline add it to publicContacts in content/site.yaml",
                "content/releases/a.md:9:7: error: a mobile number (139****5678) must not be published: remove it, "
                        + "or if it is an official hotline add it to publicContacts in content/site.yaml",
                "content/releases/a.md:10:7: error: a mobile number (137****5678) must not be published: remove it, "
                        + "or if it is an official hotline add it to publicContacts in content/site.yaml",
                "content/releases/a.md:10:26: error: a QQ number (1****) must not be published: remove it, or if it "
                        + "is an official account add it to publicContacts in content/site.yaml",
                "content/releases/a.md:11:6: error: a bank card or account number (6217****0004) must not be "
                        + "published: remove it or replace it with a description such as 申请人账户, or if it is an "
                        + "office's own account add it to publicContacts in content/site.yaml"),
                lines(result));
    }

    @Test
    void anUnknownFieldNamedWithAFullWidthNumberIsWarnedAboutMasked() {
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md",
                "---\ntitle: 整改进展\ndate: 2023-05-10\n１３８１２３４５６７８: x\n---\n\n正文。\n");
        BuildResult result = build(site);
        assertTrue(lines(result).stream().anyMatch(l -> l.contains("unknown field '138****5678'")),
                lines(result)::toString);
        lines(result).forEach(l -> assertNotContains(l, "１３８１２３４５６７８", l));
    }

    @Test
    void theAllowlistPassesAnOfficeNumberInAnyForm() {
        TestSite site = TestSite.minimal(dir)
                .write("content/site.yaml", """
                        title: 测试站点
                        baseUrl: https://test.example.gov.cn/
                        organiser: 测试主办单位
                        siteCode: "1234567890"
                        icp: 测ICP备12345678号
                        publicContacts:
                          - "138-0000-0000"
                          - "jubao@vip.163.com"
                        """)
                .write("content/releases/a.md", release("监督电话：１３８ ００００ ００００，&#49;3800000000；"
                        + "邮箱：JuBao＠vip.163.com。"));
        BuildResult result = build(site);
        assertTrue(result.ok(), lines(result)::toString);
        assertEquals(List.of(), lines(result));
    }

    // ------------------------------------------------------------------------------------------- xlsx

    /** The workbook of the corpus case 110 with cell C2 (交办问题基本情况) replaced by {@code cell}. */
    private byte[] workbookWith(String cell) throws IOException {
        Path b64 = TestSite.PROJECT.resolve("src/test/resources/bad/110-personal-email-in-xlsx-cell/files/content/"
                + "complaints/b1.xlsx.b64");
        byte[] zip = Base64.getMimeDecoder().decode(Files.readString(b64).strip());
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        String sheet = new String(parts.get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        String c2 = sheet.substring(sheet.indexOf("<c r=\"C2\""), sheet.indexOf("<c r=\"D2\""));
        parts.put("xl/worksheets/sheet1.xml", sheet.replace(c2, cell).getBytes(StandardCharsets.UTF_8));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = bytes; ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private TestSite complaintSite(byte[] xlsx) throws IOException {
        Path corpus = TestSite.PROJECT.resolve("src/test/resources/bad/110-personal-email-in-xlsx-cell/files/content");
        TestSite site = TestSite.minimal(dir)
                .write("content/rounds.yaml", Files.readString(corpus.resolve("rounds.yaml")))
                .write("content/complaints/b1.yaml", Files.readString(corpus.resolve("complaints/b1.yaml")));
        Files.write(dir.resolve("content/complaints/b1.xlsx"), xlsx);
        return site;
    }

    @Test
    void anIdNumberThatExcelRoundedIsRefusedAtItsCell() throws IOException {
        // 220102199003071234 typed into a General cell: Excel keeps 15 digits and stores the double it makes of them
        TestSite site = complaintSite(workbookWith("<c r=\"C2\"><v>2.2010219900307101E+17</v></c>"));
        BuildResult result = build(site);
        assertEquals(List.of("content/complaints/b1.xlsx:2:3: error: this number has more digits than the 15 Excel "
                + "keeps, so Excel has already replaced its last digits with zeros (an ID, card or case number loses "
                + "its end): format the column as text (设置单元格格式 → 文本), type the numbers again, and save"),
                lines(result));
    }

    @Test
    void anIdNumberStoredAsTextInACellIsFound() throws IOException {
        TestSite site = complaintSite(workbookWith("<c r=\"C2\" t=\"inlineStr\"><is><t>当事人身份证"
                + ID.substring(0, 6) + " " + ID.substring(6) + "</t></is></c>"));
        BuildResult result = build(site);
        assertEquals(List.of("content/complaints/b1.xlsx:2:3: error: a resident ID number (" + MASKED_ID + ") must "
                + "not be published: remove it or replace it with a description such as 当事人"), lines(result));
    }

    @Test
    void aCellReferenceOutOfItsRowIsAnErrorThroughABuild() throws IOException {
        TestSite site = complaintSite(workbookWith("<c r=\"C0\" t=\"inlineStr\"><is><t>覆盖</t></is></c>"));
        BuildResult result = build(site);
        assertFalse(result.ok());
        assertTrue(lines(result).get(0).startsWith("content/complaints/b1.xlsx:2:3: error: the cell reference 'C0' is "
                + "not a cell of row 2"), lines(result)::toString);
    }

    @Test
    void aNameRightBeforeANumberHidesNothingInACsvCellOrACaseMilestone() throws IOException {
        Path corpus = TestSite.PROJECT.resolve("src/test/resources/bad/087-complaint-unknown-verdict/files/content");
        String header = "序号,受理编号,交办问题基本情况,行政区域,问题类型,调查核实情况,是否属实,办结目标,处理和整改情况,是否办结,"
                + "责任人被处理情况\n";
        TestSite site = TestSite.minimal(dir)
                .write("content/rounds.yaml", Files.readString(corpus.resolve("rounds.yaml")))
                .write("content/complaints/b1.yaml", Files.readString(corpus.resolve("complaints/b1.yaml")))
                .write("content/complaints/b1.csv", header
                        + "1,A001,反映某企业排放废气，联系人李四13812345678,甲市,大气,经核实属实,属实,整改到位,已整改,已办结,无\n"
                        + "2,A002,反映噪声扰民,甲市,噪声,约谈王五11010519491231002X,属实,整改到位,已整改,已办结,无\n")
                .write("content/cases/a.md", "---\ntitle: 某矿山监管缺位问题\nround: round2\nstatus: 已完成整改\n"
                        + "milestones:\n  - date: 2023-05-10\n    text: 约谈王五11010519491231002X\n"
                        + "  - date: 2023-05-11\n    text: 回访李四13812345678\n---\n\n正文。\n");
        BuildResult result = build(site);
        List<String> lines = lines(result);
        assertFalse(result.ok());
        assertEquals(4, lines.stream().filter(l -> l.contains(": error: ")).count(), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/complaints/b1.csv:2:") && l.contains("a mobile")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/complaints/b1.csv:3:")
                && l.contains("a resident ID")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/cases/a.md:") && l.contains("a mobile")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("content/cases/a.md:") && l.contains("a resident ID")),
                lines::toString);
    }

    // ------------------------------------------------------------------------------------------- no hang

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @Tag("slow")
    void aMegabyteOfAdversarialTextBuildsToAnEnd() {
        int mb = 900_000; // nearly a megabyte, under the limit of a body (FieldLimits.BODY)
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", release("ab@".repeat(mb / 3)))
                .write("content/releases/b.md", release("1 ".repeat(mb / 2)))
                .write("content/releases/c.md", release("&#49;".repeat(mb / 5)))
                .write("content/releases/d.md", release("a.".repeat(mb / 2) + "@qq.com"))
                .write("content/releases/e.md", release("138**1234**5678 QQ 1 ".repeat(mb / 21)))
                .write("content/releases/f.md", release("&#".repeat(mb / 2)));
        long start = System.nanoTime();
        BuildResult result = build(site);
        System.out.println("a build of 5.4 MB of adversarial text: " + (System.nanoTime() - start) / 1_000_000 + " ms, "
                + result.diagnostics().size() + " diagnostics");
        assertTrue(lines(result).stream().anyMatch(l -> l.startsWith("content/releases/d.md:6:")
                && l.contains("a personal e-mail address (a***@qq.com)")), lines(result)::toString);
        assertEquals(100 + 1, lines(result).stream()
                .filter(l -> l.startsWith("content/releases/e.md:")).count(), "a screenful, then a note");
    }

    /**
     * Not the guard's but Markdown's: commonmark-java before 0.25 looked for the {@code >} of an autolink from every
     * {@code <} to the end of the paragraph, so 1 MB of {@code <a "} took minutes in {@code Markdown.toHtml}. Each
     * text here is nearly a megabyte (the most a body may have) of openers that never close; every one must build to an end.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    @Tag("slow")
    void aMegabyteOfUnclosedMarkupBuildsToAnEnd() {
        List<String> openers = List.of("<a \"", "<", "<http:", "[", "![", "](", "*a", "_a ", "`", "&#", "<!--", "\\");
        TestSite site = TestSite.minimal(dir);
        for (int i = 0; i < openers.size(); i++) {
            String opener = openers.get(i);
            site.write("content/releases/m" + i + ".md", release(opener.repeat(900_000 / opener.length())) /* under the body limit */);
        }
        BuildResult result = build(site);
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.message().contains("internal error")),
                lines(result)::toString);
    }
}
