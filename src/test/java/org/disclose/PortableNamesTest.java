package org.disclose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.disclose.pipeline.BuildResult;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Everything that becomes an address (slugs, ids, tags, regions, 受理编号, image and asset file names) must copy to
 * any server and not pass for another name: no Windows device names, no {@code < > : " | ? *}, no final dot, no
 * invisible or direction-changing characters. And no id may take an address the site's own files need
 * ({@code complaints/index.html}), or differ from another only in letter case. Each is a located error, never a crash,
 * and a failed build leaves the site as it was.
 */
@Tag("slow")
class PortableNamesTest {

    @TempDir
    Path dir;

    private TestSite site;
    private Map<String, String> before;

    private static final String ROUNDS = "- id: round2\n  name: 第二轮\n  stationedFrom: 2021-08-25\n"
            + "  stationedTo: 2021-09-26\n  feedbackDate: 2021-12-12\n";
    private static final String HEADER = "序号,受理编号,交办问题基本情况,行政区域,问题类型,调查核实情况,是否属实,办结目标,"
            + "处理和整改情况,是否办结,责任人被处理情况\n";

    @BeforeEach
    void base() {
        site = TestSite.minimal(dir).write("content/rounds.yaml", ROUNDS);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        before = TestSite.digest(site.output());
    }

    private static String release(String front) {
        return "---\ntitle: 标题\ndate: 2023-05-10\n" + front + "---\n\n正文。\n";
    }

    private static String complaint(String id, String region) {
        return "1," + id + ",反映废气," + region + ",大气,核实,属实,到位,已整改,已办结,无\n";
    }

    /** The build fails with an error at {@code path} (line {@code line}) that says {@code says}; nothing changed. */
    private void refused(String path, int line, String says) {
        BuildResult r = site.build();
        assertFalse(r.ok(), "must be refused: " + r.diagnostics());
        List<Diagnostic> errors = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertTrue(errors.stream().anyMatch(d -> d.pos().path().equals(path) && d.pos().line() == line
                && d.message().contains(says)), "an error at " + path + ":" + line + " saying '" + says + "': "
                + errors);
        assertEquals(before, TestSite.digest(site.output()), "a failed build leaves the site as it was");
    }

    @ParameterizedTest
    @ValueSource(strings = {"con", "nul", "aux", "prn", "com1", "com9", "lpt1", "lpt9"})
    void windowsDeviceNamesAreNotSlugs(String name) {
        site.write("content/releases/" + name + ".md", release(""));
        refused("content/releases/" + name + ".md", 2, "device name on Windows");
        dir.resolve("content/releases/" + name + ".md").toFile().delete();

        site.write("content/pages/about.md", "---\ntitle: 关于\nslug: " + name + "\n---\n\n正文。\n");
        refused("content/pages/about.md", 3, "device name on Windows");
        dir.resolve("content/pages/about.md").toFile().delete();

        site.write("content/cases/" + name + ".md", "---\ntitle: 案例\nround: round2\nstatus: 持续推进\n---\n\n正文。\n");
        refused("content/cases/" + name + ".md", 2, "device name on Windows");
        dir.resolve("content/cases/" + name + ".md").toFile().delete();

        site.write("content/tasks/t.yaml", "- id: " + name + "\n  round: round2\n  problem: 某问题\n"
                + "  status: 达到序时进度\n");
        refused("content/tasks/t.yaml", 1, "device name on Windows");
        dir.resolve("content/tasks/t.yaml").toFile().delete();

        site.write("content/indicators/i.yaml", "- id: " + name + "\n  name: PM2.5平均浓度\n  category: 空气\n"
                + "  unit: 微克/立方米\n  direction: lower\n  series:\n    - period: 2021年\n      value: 26\n");
        refused("content/indicators/i.yaml", 1, "device name on Windows");
        dir.resolve("content/indicators/i.yaml").toFile().delete();

        site.write("content/rounds.yaml", ROUNDS + "- id: " + name + "\n  name: 第三轮\n"
                + "  stationedFrom: 2023-08-25\n  stationedTo: 2023-09-26\n  feedbackDate: 2023-12-12\n");
        refused("content/rounds.yaml", 6, "device name on Windows");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "Nul", "COM0", "lpt0.txt", "nul.txt", "Aux.tar.gz", "COM1.csv", "lpt9", "con .txt",
        "CONIN$",
        "COM¹"})
    void windowsDeviceNamesInAnyCaseWithAnyExtensionAreNotNames(String name) {
        site.write("content/releases/a.md", release("tags: [\"" + name + "\"]\n"));
        refused("content/releases/a.md", 4, "");
        site.write("content/releases/a.md", release(""))
                .write("content/tasks/t.yaml", "- id: \"1\"\n  round: round2\n  problem: 某问题\n"
                        + "  status: 达到序时进度\n  region: \"" + name + "\"\n");
        refused("content/tasks/t.yaml", 5, "");
        dir.resolve("content/tasks/t.yaml").toFile().delete();
        site.write("content/complaints/b1.yaml", "batch: 1\nassigned: 2021-08-27\nround: round2\n")
                .write("content/complaints/b1.csv", HEADER + complaint(name, "甲市"));
        refused("content/complaints/b1.csv", 2, "受理编号");
        site.write("content/complaints/b1.csv", HEADER + complaint("A001", name));
        refused("content/complaints/b1.csv", 2, "行政区域");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a:b", "a<b", "a>b", "a|b", "a*b", "a\\\"b", "a?b", "x.", "..", ".hidden",
        "\\u202Eexe.gnp", "a\\u202Db", "a\\u2066b", "a\\u2069", "a\\u200Bb", "a\\u200Cb", "a\\u200Db", "a\\u200Eb",
        "a\\u200Fb", "\\uFEFFa", "a\\u00ADb", "a\\u2060b", "a\\u3164b", "a\\uFE0Fb", "a\\u061Cb", "e\\u0301",
        "a\\tb", "a\\u3000b", "a\\u2028b", "\\U000E0041a"})
    void reservedInvisibleAndBidiCharactersAreNotNames(String yamlEscaped) {
        String name = yamlEscaped; // written inside a double-quoted YAML string, where \\uXXXX is the character
        site.write("content/releases/a.md", release("tags: [\"" + name + "\"]\n"));
        refused("content/releases/a.md", 4, "names a page address");
        site.write("content/releases/a.md", release(""))
                .write("content/tasks/t.yaml", "- id: \"1\"\n  round: round2\n  problem: 某问题\n"
                        + "  status: 达到序时进度\n  region: \"" + name + "\"\n");
        refused("content/tasks/t.yaml", 5, "names a page address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"A\u202e001", "A\u200b001", "A:001", "A|001", "A001.", "A\u00ad001", "NUL"})
    void complaintIdsAndRegionsAreChecked(String name) {
        site.write("content/complaints/b1.yaml", "batch: 1\nassigned: 2021-08-27\nround: round2\n")
                .write("content/complaints/b1.csv", HEADER + complaint(name, "甲市"));
        refused("content/complaints/b1.csv", 2, "受理编号");
        site.write("content/complaints/b1.csv", HEADER + complaint("A001", name));
        refused("content/complaints/b1.csv", 2, "行政区域");
    }

    @ParameterizedTest
    @ValueSource(strings = {"con.png", "Nul.jpg", "a:b.png", "a\u202egnp.png", "photo\u200b.png", "x/com1.png",
        "aux/photo.png", "photo.png.", "a\u0007.png"})
    void imageFileNamesAreChecked(String name) throws IOException {
        site.write("content/cases/a.md", "---\ntitle: 案例\nround: round2\nstatus: 持续推进\nimages:\n  - path: \""
                + name.replace("\u0007", "\\a") + "\"\n    alt: 现场\n---\n\n正文。\n");
        refused("content/cases/a.md", 6, "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "INDEX.HTML", "index.html.gz", "Index.Html"})
    void aComplaintIdThatIsAFileOfTheSiteIsAnAddressClash(String id) {
        site.write("content/complaints/b1.yaml", "batch: 1\nassigned: 2021-08-27\nround: round2\n")
                .write("content/complaints/b1.csv", HEADER + complaint(id, "甲市"));
        refused("content/complaints/b1.csv", 2, "is a file of the site");
    }

    @Test
    void aRegionOrTagThatIsAFileOfTheSiteIsAnAddressClash() {
        site.write("content/releases/a.md", release("tags: [index.html]\n"))
                .write("content/releases/b.md", release(""));
        BuildResult r = site.build();
        assertTrue(r.ok() || r.diagnostics().stream().allMatch(d -> d.pos().line() > 0), "no crash: "
                + r.diagnostics());
    }

    @Test
    void namesThatDifferOnlyInLetterCaseClash() {
        site.write("content/releases/a.md", release("tags: [Water]\n"))
                .write("content/releases/b.md", release("tags: [water]\n"));
        refused("content/releases", 1, "differs only in letter case");

        site.write("content/releases/a.md", release("")).write("content/releases/b.md", release(""))
                .write("content/complaints/b1.yaml", "batch: 1\nassigned: 2021-08-27\nround: round2\n")
                .write("content/complaints/b1.csv", HEADER + complaint("A001", "甲市")
                        + complaint("a001", "甲市").replaceFirst("^1", "2"));
        refused("content/complaints/b1.csv", 3, "differs only in letter case");
    }

    @Test
    void aThemeAssetWithANameNoServerTakesIsRefused() throws IOException {
        Files.writeString(dir.resolve("themes/default/assets/con.css"), "body{}\n");
        refused("themes/default/assets/con.css", 1, "device name on Windows");
        Files.delete(dir.resolve("themes/default/assets/con.css"));
        Files.writeString(dir.resolve("themes/default/assets/a\u202egpj.css"), "body{}\n");
        refused("themes/default/assets/a\\u202egpj.css", 1, "invisible or direction-changing");
    }

    @Test
    void portableNamesStillBuild() {
        site.write("content/releases/a.md", release("tags: [水污染防治, PM2.5, 2023年-第一批, console, nul1]\n"))
                .write("content/releases/con1.md", release(""))
                .write("content/tasks/t.yaml", "- id: com10\n  round: round2\n  problem: 某问题\n"
                        + "  status: 达到序时进度\n  region: 长春市\n")
                .write("content/complaints/b1.yaml", "batch: 1\nassigned: 2021-08-27\nround: round2\n")
                .write("content/complaints/b1.csv", HEADER + complaint("D22010000001", "延边朝鲜族自治州"));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertTrue(site.exists("releases/tags/console/index.html"));
        assertTrue(site.exists("complaints/D22010000001/index.html"));
    }
}
