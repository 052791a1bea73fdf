package org.disclose.scaffold;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.pipeline.Build;
import org.disclose.pipeline.BuildOptions;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code disclose init}: a new site with an example of every kind of content builds clean at once. */
class InitTest {

    @TempDir
    Path dir;

    @Test
    void aNewSiteBuildsCleanWithAPageForEveryKindOfContent() throws Exception {
        Path site = dir.resolve("new-site");
        List<String> files = SiteInit.create(site, null);
        for (String file : SiteInit.FILES) {
            assertContains(files, file, "the files init reports it wrote");
        }
        assertContains(files, "themes/default/layouts/base.mustache");
        assertEquals(TestSite.digest(TestSite.PROJECT.resolve("themes/default")),
                TestSite.digest(site.resolve("themes/default")), "the running project's default theme, copied");

        BuildResult result = Build.run(BuildOptions.defaults(site).withStrict(true));
        assertTrue(result.ok(), result.diagnostics()::toString);
        assertEquals(List.of(), result.diagnostics(), "no warning either");
        for (String page : List.of("index.html", "releases/2024-06-30-progress/index.html", "about/index.html",
                "rounds/round2/index.html", "tasks/1/index.html", "tasks/2/index.html", "cases/1-example/index.html",
                "accountability/index.html", "indicators/pm25/index.html", "complaints/index.html",
                "complaints/X2SL000001/index.html", "data/complaints.csv", "404.html")) {
            assertTrue(Files.isRegularFile(site.resolve("site").resolve(page)), page);
        }
        // not just 示例, which the example site.yaml puts in the title and the footer of every page
        String home = Files.readString(site.resolve("site/index.html"));
        assertContains(home, "本网站仅用于演示", "the new site says it is a demonstration until it is made real");
        assertContains(Files.readString(site.resolve("site/tasks/1/index.html")), "本条整改任务为示例数据",
                "an example task says it is an example");
        assertContains(Files.readString(site.resolve("site/tasks/index.html")), "本页所列整改任务为示例数据",
                "the task list says its tasks are examples");
        // the furniture of a government website (国办发〔2017〕47号): 网站声明, 联系我们 and 网站地图 in the footer, marked
        // as examples, and a 留言 entry; the official widgets off
        assertContains(home, "<li><a href=\"./statement/\">网站声明</a></li><li><a href=\"./contact/\">联系我们</a></li>"
                + "<li><a href=\"./sitemap/\">网站地图</a></li><li class=\"footer-feedback\"><a href=\"./contact/\">我要留言</a>"
                + "</li></ul>");
        assertContains(Files.readString(site.resolve("site/statement/index.html")), "以下为示例文字");
        assertContains(Files.readString(site.resolve("site/contact/index.html")), "以下为示例信息");
        assertContains(Files.readString(site.resolve("site/sitemap/index.html")), "<a href=\"../cases/\">典型案例</a>");
        assertFalse(home.contains("conac.cn") || home.contains("zfwzgl"), "the official widgets are off");
    }

    @Test
    void theExampleColumnThemeFramesEveryPageWithTheHostsHeaderOnceSwitchedOn() throws Exception {
        Path site = dir.resolve("column-site");
        SiteInit.create(site, null);
        Path settings = site.resolve("content/site.yaml");
        String yaml = Files.readString(settings);
        assertContains(yaml, "# theme: column", "site.yaml says how to switch it on");
        Files.writeString(settings, yaml.replace("theme: default\n", "").replace("# theme: column", "theme: column")
                .replace("# host:", "host:").replace("#   paths:", "  paths:"));
        BuildResult result = Build.run(BuildOptions.defaults(site).withStrict(true));
        assertTrue(result.ok(), result.diagnostics()::toString);
        assertEquals(List.of(), result.diagnostics(), "no warning either");
        String page = Files.readString(site.resolve("site/releases/2024-06-30-progress/index.html"));
        assertContains(page, "<nav class=\"host-nav\" aria-label=\"主站导航\">");
        assertContains(page, "<a href=\"/xxgk/\">信息公开</a>", "the host's links as the host writes them");
        assertTrue(page.indexOf("host-header") < page.indexOf("site-header"), "the host's header first");
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws Exception {
        Files.writeString(dir.resolve("keep.txt"), "mine");
        ScaffoldException e = assertThrows(ScaffoldException.class, () -> SiteInit.create(dir, null));
        assertContains(e.getMessage(), "is not empty", e.getMessage());
        assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
        assertEquals(1, Files.list(dir).count(), "nothing was written");
    }

    @Test
    void copiesTheThemeNamedWithThemeFrom() throws Exception {
        Path theme = dir.resolve("my-theme");
        TestSite.minimal(dir.resolve("donor"));
        Files.move(dir.resolve("donor/themes/default"), theme);
        Files.writeString(theme.resolve("partials/footer.mustache"), "<footer>自定义页脚</footer>\n");
        Path site = dir.resolve("site-b");
        SiteInit.create(site, theme);
        assertTrue(Build.run(BuildOptions.defaults(site)).ok());
        assertContains(Files.readString(site.resolve("site/index.html")), "<footer>自定义页脚</footer>");

        ScaffoldException e = assertThrows(ScaffoldException.class,
                () -> SiteInit.create(dir.resolve("site-c"), dir.resolve("nowhere")));
        assertContains(e.getMessage(), "is not a theme folder", e.getMessage());
    }

    @Test
    void theCommandLineCreatesTheSiteAndSaysWhatNext() {
        StringBuilder out = new StringBuilder();
        assertEquals(0, NewContentTest.run(out, "init", dir.resolve("cli-site").toString()));
        assertContains(out.toString(), "content/site.yaml");
        assertContains(out.toString(), "disclose serve");
        assertTrue(Build.run(BuildOptions.defaults(dir.resolve("cli-site"))).ok());
        assertEquals(1, NewContentTest.run(out, "init", dir.resolve("cli-site").toString()),
                "not over an existing site");
    }
}
