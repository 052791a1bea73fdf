package org.disclose.scaffold;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.disclose.Html;
import org.disclose.TestSite;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildResult;
import org.disclose.cli.Main;
import org.disclose.scaffold.NewContent.Created;
import org.disclose.scaffold.NewContent.Kind;
import org.disclose.scaffold.NewContent.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code disclose new}: releases, cases and tasks that build clean as written, and never over anything. */
class NewContentTest {

    private static final LocalDate DAY = LocalDate.of(2024, 7, 1);

    @TempDir
    Path dir;

    private Path site;

    @BeforeEach
    void init() throws ScaffoldException {
        site = dir.resolve("site");
        SiteInit.create(site, TestSite.PROJECT.resolve("themes/default"));
    }

    private Created create(Kind kind, String title, String slug) throws ScaffoldException {
        return NewContent.create(new Request(site, kind, title, slug, DAY, null, null));
    }

    private BuildResult buildClean(boolean drafts) {
        BuildResult result = Build.run(BuildOptions.defaults(site).withDrafts(drafts).withStrict(true));
        assertTrue(result.ok(), result.diagnostics()::toString);
        assertEquals(List.of(), result.diagnostics());
        return result;
    }

    private String page(String path) throws Exception {
        return Files.readString(site.resolve("site").resolve(path).resolve("index.html"));
    }

    @Test
    void aReleaseIsADraftThatBuildsClean() throws Exception {
        Created c = create(Kind.RELEASE, "关于整改进展的通报", null);
        assertEquals(site.resolve("content/releases/2024-07-01-1.md"), c.file());
        String text = Files.readString(c.file());
        assertTrue(text.startsWith("---\ntitle: 关于整改进展的通报\ndate: 2024-07-01\n"), text);
        assertContains(text, "\ndraft: true\n", text);

        buildClean(false);
        assertFalse(Files.exists(site.resolve("site/releases/2024-07-01-1")), "a draft is not published");
        buildClean(true);
        assertEquals("关于整改进展的通报", Html.of(page("releases/2024-07-01-1")).h1());

        assertEquals("2024-07-01-2", create(Kind.RELEASE, "同一天的第二篇", null).slug(), "never over the first");
        assertEquals("2024-07-01-pm2-5", create(Kind.RELEASE, "PM2.5浓度持续下降", null).slug());
        buildClean(true);
    }

    @Test
    void aTitleYamlWouldMisreadIsWrittenSoItReadsBackExactly() throws Exception {
        String title = "“回头看”: 问题 #1 \"整改\" <b>完成</b>";
        Created c = create(Kind.RELEASE, title, "tricky");
        buildClean(true);
        assertEquals(title, Html.of(page("releases/tricky")).h1(), Files.readString(c.file()));
    }

    @Test
    void titlesYamlReadsAsNoValueAreQuoted() throws Exception {
        create(Kind.RELEASE, "null", "null-title");
        create(Kind.RELEASE, "~", "tilde-title");
        buildClean(true);
        assertEquals("null", Html.of(page("releases/null-title")).h1());
        assertEquals("~", Html.of(page("releases/tilde-title")).h1());
    }

    @Test
    void neverOverwrites() throws Exception {
        Path existing = site.resolve("content/releases/2024-06-30-progress.md");
        String before = Files.readString(existing);
        ScaffoldException e = assertThrows(ScaffoldException.class,
                () -> create(Kind.RELEASE, "新标题", "2024-06-30-progress"));
        assertContains(e.getMessage(), "already exists", e.getMessage());
        assertEquals(before, Files.readString(existing));

        assertThrows(ScaffoldException.class, () -> create(Kind.CASE, "案例", "1-example"));
        ScaffoldException taken = assertThrows(ScaffoldException.class, () -> create(Kind.TASK, "问题", "1"));
        assertContains(taken.getMessage(), "already used", taken.getMessage());
        assertThrows(ScaffoldException.class, () -> create(Kind.RELEASE, "标题", "不是slug"));
        assertThrows(ScaffoldException.class, () -> create(Kind.RELEASE, "  ", null));
        assertThrows(ScaffoldException.class, () -> create(Kind.RELEASE, "两行\n标题", null));
    }

    @Test
    void aCaseIsNumberedAfterTheOthersAndBuildsClean() throws Exception {
        Created c = create(Kind.CASE, "某市黑臭水体问题", null);
        assertEquals("2", c.slug());
        String text = Files.readString(c.file());
        assertContains(text, "\nround: round2\n");
        assertContains(text, "\nstatus: 持续推进\n");
        assertEquals("3-pm2-5", create(Kind.CASE, "PM2.5超标问题", null).slug());
        buildClean(false);
        assertContains(page("cases/2"), "某市黑臭水体问题");
    }

    @Test
    void aTaskIsANewFileOrAppendedAndBuildsClean() throws Exception {
        Created own = create(Kind.TASK, "部分工业园区污水处理设施不完善", null);
        assertEquals(site.resolve("content/tasks/3.yaml"), own.file());
        assertEquals("3", own.slug());
        Path tasks = site.resolve("content/tasks/tasks.yaml");
        String before = Files.readString(tasks);
        Created appended = NewContent.create(new Request(site, Kind.TASK, "秸秆焚烧管控不到位", null, DAY, "round2",
                "tasks.yaml"));
        assertEquals("4", appended.slug());
        assertTrue(appended.appended());
        String after = Files.readString(tasks);
        assertTrue(after.startsWith(before), "the file is only appended to");
        assertEquals("- id: \"4\"", after.lines().skip(appended.line() - 1).findFirst().orElseThrow());
        buildClean(false);
        assertContains(page("tasks/3"), "部分工业园区污水处理设施不完善");
        assertContains(page("tasks/4"), "秸秆焚烧管控不到位");

        ScaffoldException e = assertThrows(ScaffoldException.class, () -> NewContent.create(new Request(site,
                Kind.TASK, "问题", null, DAY, "round9", null)));
        assertContains(e.getMessage(), "unknown round 'round9' (known: round2)", e.getMessage());
        assertThrows(ScaffoldException.class, () -> NewContent.create(new Request(site, Kind.TASK, "问题", null, DAY,
                null, "../rounds.yaml")));
    }

    @Test
    void aNewTaskAfterAProblemSplitIntoTasksAnswersTheNextProblem() throws Exception {
        Files.writeString(site.resolve("content/tasks/split.yaml"), """
                - id: "12-1"
                  round: round2
                  problem: 城市黑臭水体整治不到位
                  status: 达到序时进度
                - id: "12-2"
                  round: round2
                  problem: 城市黑臭水体整治不到位
                  status: 达到序时进度
                """);
        assertEquals("13", create(Kind.TASK, "秸秆焚烧管控不到位", null).slug());
        buildClean(false);
    }

    @Test
    void slugsFromTitles() {
        assertEquals(Optional.empty(), NewContent.ascii("吉林省整改进展"));
        assertEquals(Optional.empty(), NewContent.ascii("2023年5月整改进展"), "a bare number says nothing");
        assertEquals(Optional.of("pm2-5"), NewContent.ascii("PM2.5浓度"));
        assertEquals(Optional.of("covid-19-wuhan"), NewContent.ascii("  COVID-19（Wuhan）"));
    }

    @Test
    void theCommandLinePrintsOnlyThePath() {
        StringBuilder out = new StringBuilder();
        assertEquals(0, run(out, "new", "release", "命令行新建的通报", "--root", site.toString(), "--date",
                "2024-07-02", "--quiet"));
        String printed = out.toString().strip();
        assertTrue(printed.endsWith("content/releases/2024-07-02-1.md"), printed);
        assertTrue(Files.isRegularFile(Path.of("").toAbsolutePath().resolve(printed)), printed);
        assertEquals(2, run(out, "new", "poem", "标题", "--root", site.toString()));
        assertEquals(1, run(out, "new", "release", "标题", "--root", site.toString(), "--slug", "2024-07-02-1"));
    }

    /** Runs the command line with its output captured: standard output into {@code out}, errors dropped. */
    static int run(StringBuilder out, String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            return Main.execute(args);
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
            out.append(stdout.toString(StandardCharsets.UTF_8));
        }
    }
}
