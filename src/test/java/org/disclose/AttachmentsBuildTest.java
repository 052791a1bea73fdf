package org.disclose;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.disclose.content.table.XlsxFiles;
import org.disclose.diag.Diagnostic;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attachments (附件) of releases, cases and tasks: published beside their pages, listed, checked, refused. */
class AttachmentsBuildTest {

    private static final String ROUNDS = "- id: round2\n  name: 第二轮\n  stationedFrom: 2021-08-25\n"
            + "  stationedTo: 2021-09-26\n  feedbackDate: 2021-12-12\n";

    @TempDir
    Path dir;
    private TestSite site;

    @BeforeEach
    void base() {
        site = TestSite.minimal(dir).write("content/rounds.yaml", ROUNDS);
    }

    private static String release(String attachments) {
        return "---\ntitle: 标题\ndate: 2023-05-10\nattachments:\n" + attachments + "---\n\n正文。\n";
    }

    private void bytes(String relative, byte[] content) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
    }

    private List<String> messages(BuildResult r) {
        return r.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    /** A .docx with these paragraphs and, when given, an author in its properties. */
    static byte[] docx(String creator, String... paragraphs) throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder body = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\""
                    + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (String p : paragraphs) {
                // each paragraph split over two runs, as Word writes a paragraph edited twice
                int half = p.length() / 2;
                body.append("<w:p><w:r><w:t>").append(p, 0, half).append("</w:t></w:r><w:r><w:t>")
                        .append(p.substring(half)).append("</w:t></w:r></w:p>");
            }
            entry(zip, "word/document.xml", body.append("</w:body></w:document>").toString());
            entry(zip, "docProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas"
                    + ".openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/"
                    + "elements/1.1/\"><dc:title>通报</dc:title><dc:creator>" + (creator == null ? "" : creator)
                    + "</dc:creator></cp:coreProperties>");
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void aReleaseCaseAndTaskPublishTheirFilesBesideTheirPagesWithFormatAndSize() throws IOException {
        byte[] pdf = new byte[1536];
        pdf[0] = '%';
        bytes("content/releases/a/report.pdf", pdf);
        bytes("content/releases/a/表格/清单.zip", new byte[3 * 1024 * 1024 + 100 * 1024]);
        bytes("content/cases/c/notice.ofd", new byte[10]);
        bytes("content/tasks/files/7/ledger.csv", "序号,名称\n1,污水管网\n".getBytes(StandardCharsets.UTF_8));
        site.write("content/releases/a.md", release("  - {file: report.pdf, title: 整改方案}\n"
                        + "  - {file: 表格/清单.zip}\n"))
                .write("content/cases/c.md", "---\ntitle: 案例\nround: round2\nstatus: 持续推进\n"
                        + "attachments:\n  - {file: notice.ofd, title: 公告}\n---\n\n正文。\n")
                .write("content/tasks/t.yaml", "- id: \"7\"\n  round: round2\n  problem: 某问题\n"
                        + "  status: 达到序时进度\n  attachments:\n    - {file: ledger.csv, title: 台账}\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertArrayEquals(pdf, Files.readAllBytes(site.output().resolve("releases/a/report.pdf")));
        assertTrue(site.exists("releases/a/表格/清单.zip"));
        assertTrue(site.exists("cases/c/notice.ofd"));
        assertTrue(site.exists("tasks/7/ledger.csv"));
        String page = site.read("releases/a/index.html");
        assertTrue(page.contains("<h2 id=\"attachments\">附件</h2>"), page);
        assertTrue(page.contains("<a href=\"../../releases/a/report.pdf\">整改方案</a> "
                + "<span class=\"attachment-facts\">（PDF文件，1.5 KB）</span>"), page);
        assertTrue(page.contains("<a href=\"../../releases/a/表格/清单.zip\">清单.zip</a> "
                + "<span class=\"attachment-facts\">（ZIP压缩包，3.1 MB）</span>"), page);
        assertTrue(site.read("cases/c/index.html").contains("公告</a> <span class=\"attachment-facts\">（OFD文件，"
                + "0.1 KB）</span>"));
        assertTrue(site.read("tasks/7/index.html").contains("台账</a> <span class=\"attachment-facts\">（CSV表格，"));
        String manifest = site.read("manifest.json");
        assertTrue(manifest.contains("releases/a/report.pdf") && manifest.contains("tasks/7/ledger.csv"), manifest);
        assertFalse(site.exists("releases/a/report.pdf.gz"));
        assertFalse(site.read("releases/index.html").contains("attachments"), "only the page lists them");
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        byte[] document = docx(null, "整改方案"); // one file: a zip records the time it was written
        Map<String, String> first = null;
        String firstManifest = null;
        for (String name : List.of("one", "two")) {
            Path root = dir.resolve(name);
            TestSite s = TestSite.minimal(root).write("content/releases/a.md",
                    release("  - {file: report.pdf}\n  - {file: b.docx}\n"));
            Files.createDirectories(root.resolve("content/releases/a"));
            Files.write(root.resolve("content/releases/a/report.pdf"), new byte[100]);
            Files.write(root.resolve("content/releases/a/b.docx"), document);
            assertTrue(s.build().ok());
            Map<String, String> digest = TestSite.digest(s.output());
            assertTrue(digest.containsKey("releases/a/b.docx"), digest::toString);
            digest.remove(".disclose-site"); // what the build was made from, with its folder's name
            digest.remove("manifest.json"); // compared below without builtAt, the one place the clock appears
            String manifest = s.read("manifest.json").replaceAll("\"builtAt\": \"[^\"]*\"", "");
            assertTrue(manifest.contains("\"path\": \"releases/a/b.docx\""), manifest);
            if (firstManifest != null) {
                assertEquals(firstManifest, manifest);
            }
            firstManifest = manifest;
            if (first != null) {
                Map<String, String> one = first;
                assertEquals(first, digest, () -> digest.keySet().stream()
                        .filter(k -> !digest.get(k).equals(one.get(k))).toList().toString());
            }
            first = digest;
        }
    }

    @Test
    void eachRefusalIsAnErrorAtTheEntry() throws IOException {
        bytes("content/releases/a/run.exe", new byte[1]);
        bytes("content/releases/other.pdf", new byte[1]);
        bytes("content/releases/a/big.pdf", new byte[0]);
        try (var f = new java.io.RandomAccessFile(dir.resolve("content/releases/a/big.pdf").toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024 + 1);
        }
        Path outside = Files.createDirectories(dir.resolve("elsewhere"));
        Files.write(outside.resolve("secret.pdf"), new byte[1]);
        Files.createSymbolicLink(dir.resolve("content/releases/a/link.pdf"), outside.resolve("secret.pdf"));
        site.write("content/releases/a.md", release("  - {file: missing.pdf}\n  - {file: ../other.pdf}\n"
                + "  - {file: run.exe}\n  - {file: con.pdf}\n  - {file: big.pdf}\n  - {file: link.pdf}\n"
                + "  - {title: 无文件}\n"));
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertEquals(List.of(
                "content/releases/a.md:5:12: error: attachment 'missing.pdf' not found in content/releases/a/",
                "content/releases/a.md:6:12: error: attachment '../other.pdf' leads outside content/releases/a/: put "
                        + "the file in that folder and give its path relative to it",
                "content/releases/a.md:7:12: error: 'run.exe' is not a kind of file this site publishes as an "
                        + "attachment: use .pdf, .ofd, .doc, .docx, .xls, .xlsx, .csv, .zip",
                "content/releases/a.md:8:12: error: attachment 'con.pdf' becomes an address: 'CON' is a device name "
                        + "on Windows (CON, PRN, AUX, NUL, COM0-9, LPT0-9, with any extension), which no Windows "
                        + "server can store; rename the file",
                "content/releases/a.md:9:12: error: attachment 'big.pdf' has 52,428,801 bytes, more than the 50 MiB "
                        + "an attachment may have: compress it or split it into parts",
                "content/releases/a.md:10:12: error: content/releases/a/link.pdf leads outside content/ through a "
                        + "symbolic link (to " + outside.toRealPath().resolve("secret.pdf") + "): not followed; copy "
                        + "the file into content/ instead",
                "content/releases/a.md:11:5: error: an attachment is missing the required field 'file'"),
                messages(r));
    }

    @Test
    void personalNumbersInACsvAnXlsxCellAndADocxParagraphAreErrorsMasked() throws IOException {
        bytes("content/releases/a/list.csv", "序号,联系人\n1,电话13812345678\n".getBytes(StandardCharsets.UTF_8));
        XlsxFiles.workbook(XlsxFiles.inlineRow(1, "序号", "说明") + XlsxFiles.inlineRow(2, "1",
                "身份证11010519491231002X"), List.of()).write(Files.createDirectories(
                dir.resolve("content/releases/a")).resolve("ledger.xlsx"));
        bytes("content/releases/a/notice.docx", docx(null, "整改方案", "联系人手机：139 1234 5678"));
        site.write("content/releases/a.md", release("  - {file: list.csv}\n  - {file: ledger.xlsx}\n"
                + "  - {file: notice.docx}\n"));
        List<String> found = messages(site.build());
        String remedy = ", which must not be published: remove it from the file, or if it is an official contact "
                + "add it to publicContacts in content/site.yaml";
        assertEquals(List.of(
                "content/releases/a.md:5:12: error: attachment 'list.csv' holds a mobile number (138****5678) in line "
                        + "2, column 5" + remedy,
                "content/releases/a.md:6:12: error: attachment 'ledger.xlsx' holds a resident ID number "
                        + "(1101**********002X) in sheet '整改清单', cell B2" + remedy,
                "content/releases/a.md:7:12: error: attachment 'notice.docx' holds a mobile number (139****5678) in "
                        + "paragraph 2" + remedy), found);
        assertTrue(found.stream().noneMatch(m -> m.contains("13812345678") || m.contains("1234 5678")));
    }

    @Test
    void anAuthorInTheDocumentPropertiesIsAWarningAndTheFileIsPublishedAsItIs() throws IOException {
        byte[] file = docx("张三", "整改方案");
        bytes("content/releases/a/notice.docx", file);
        site.write("content/releases/a.md", release("  - {file: notice.docx, title: 方案}\n"));
        BuildResult r = site.build();
        assertEquals(List.of("content/releases/a.md:5:12: warning: attachment 'notice.docx' names its author in "
                + "docProps/core.xml (creator), which is published with the file: remove it (in Word, Excel or WPS: "
                + "文件 > 信息 > 检查文档, or the file's properties) and save the file again"), messages(r));
        assertArrayEquals(file, Files.readAllBytes(site.output().resolve("releases/a/notice.docx")));
    }

    @Test
    void aLinkToAnAttachmentFromTheBodyIsCheckedLikeAnyFileOfTheSite() throws IOException {
        bytes("content/releases/a/report.pdf", new byte[1]);
        site.write("content/releases/a.md", "---\ntitle: 标题\ndate: 2023-05-10\nattachments:\n"
                + "  - {file: report.pdf}\n---\n\n见[方案](report.pdf)与[另件](nothing.pdf)。\n");
        List<String> found = messages(site.build());
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).contains("nothing.pdf"), found::toString);
    }

    @Test
    void aWorkbooksLastEditorIsAWarningAndADamagedDocumentAnError() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("content/releases/a"));
        XlsxFiles.workbook(XlsxFiles.inlineRow(1, "序号", "名称"), List.of())
                .part("docProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas"
                        + ".openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/"
                        + "elements/1.1/\"><dc:creator> </dc:creator><cp:lastModifiedBy>李四</cp:lastModifiedBy>"
                        + "</cp:coreProperties>")
                .write(folder.resolve("ledger.xlsx"));
        bytes("content/releases/a/broken.docx", "not a zip".getBytes(StandardCharsets.UTF_8));
        site.write("content/releases/a.md", release("  - {file: ledger.xlsx}\n  - {file: broken.docx}\n"));
        List<String> found = messages(site.build());
        assertEquals(2, found.size(), found::toString);
        assertEquals("content/releases/a.md:5:12: warning: attachment 'ledger.xlsx' names its author in "
                + "docProps/core.xml (lastModifiedBy), which is published with the file: remove it (in Word, Excel or "
                + "WPS: 文件 > 信息 > 检查文档, or the file's properties) and save the file again", found.get(0));
        assertTrue(found.get(1).startsWith("content/releases/a.md:6:12: error: attachment 'broken.docx' cannot be "
                + "read to check it for personal data ("), found::toString);
        assertTrue(found.get(1).endsWith("): save it again from Word, Excel or WPS"), found::toString);
    }

    @Test
    void filesOfAnyLayoutAreScannedWhole() throws IOException {
        // a title line, then rows of other widths; a number split over a line break is still one
        bytes("content/releases/a/report.csv", "关于整改情况的报告\n序号,联系人,电话\n1,张三,138 1234\n5678\n"
                .getBytes(StandardCharsets.UTF_8));
        // no header row: the table reader refuses the sheet, so its cells are read as stored
        XlsxFiles.workbook("<row r=\"3\"><c r=\"C3\" t=\"s\"><v>0</v></c></row>", List.of("QQ：12345678"))
                .write(Files.createDirectories(dir.resolve("content/releases/a")).resolve("title.xlsx"));
        site.write("content/releases/a.md", release("  - {file: report.csv}\n  - {file: title.xlsx}\n"));
        List<String> found = messages(site.build());
        String remedy = ", which must not be published: remove it from the file, or if it is an official contact "
                + "add it to publicContacts in content/site.yaml";
        assertEquals(List.of(
                "content/releases/a.md:5:12: error: attachment 'report.csv' holds a mobile number (138****5678) in "
                        + "line 3, column 6" + remedy,
                "content/releases/a.md:6:12: error: attachment 'title.xlsx' holds a QQ number (1****) in "
                        + "xl/worksheets/sheet1.xml, cell C3" + remedy), found);
    }
}
