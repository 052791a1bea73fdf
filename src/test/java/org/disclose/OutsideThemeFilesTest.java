package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Theme files and folders linked out of the theme chain are refused unless site.yaml trusts where they lead. */
class OutsideThemeFilesTest extends OutsideFiles {

    // themes
    @ParameterizedTest
    @ValueSource(strings = {"layouts", "partials", "assets", "i18n"})
    void everyThemeFolderLinkedOutIsRefused(String part) throws IOException {
        Path elsewhere = outside.resolve(part);
        copyTree(dir.resolve("themes/default/" + part), elsewhere);
        Files.writeString(elsewhere.resolve("secret.txt"), SECRET);
        link("themes/default/" + part, elsewhere);
        refused("themes/default/" + part);
    }


    @Test
    void aLayoutLinkedOutIsRefused() throws IOException {
        link("themes/default/layouts/page.mustache", outside.resolve("secret.mustache"));
        refused("themes/default/layouts/page.mustache");
    }

    @Test
    void aPartialLinkedOutIsRefused() throws IOException {
        link("themes/default/partials/footer.mustache", outside.resolve("secret.mustache"));
        refused("themes/default/partials/footer.mustache");
    }

    @Test
    void aPartialNamingAFileOutsideFindsNothing() throws IOException {
        Path footer = dir.resolve("themes/default/partials/footer.mustache");
        Files.writeString(footer, Files.readString(footer) + "{{> ../../../" + outside.getFileName() + "/secret}}\n"
                + "{{> " + outside.resolve("secret") + "}}\n");
        refused("themes/default");
    }

    @Test
    void thePartialsFolderLinkedOutIsRefused() throws IOException {
        Files.copy(dir.resolve("themes/default/partials/footer.mustache"), outside.resolve("footer.mustache"));
        Files.writeString(outside.resolve("footer.mustache"), "<footer>" + SECRET + "</footer>\n");
        Path partials = outside.resolve("partials");
        copyTree(dir.resolve("themes/default/partials"), partials);
        Files.writeString(partials.resolve("footer.mustache"), "<footer>" + SECRET + "</footer>\n");
        link("themes/default/partials", partials);
        refused("themes/default/partials");
    }

    @Test
    void anAssetLinkedOutIsRefused() throws IOException {
        link("themes/default/assets/passwd.css", outside.resolve("secret.css"));
        refused("themes/default/assets/passwd.css");
    }

    @Test
    void anAssetsSubfolderLinkedOutIsRefused() throws IOException {
        link("themes/default/assets/img", outside);
        refused("themes/default/assets/img");
        link("themes/default/assets/root", Path.of("/"));
        Files.delete(dir.resolve("themes/default/assets/img"));
        refused("themes/default/assets/root");
    }

    @Test
    void aLoopInTheThemeIsReportedNotFollowed() throws IOException {
        link("themes/default/assets/again", dir.resolve("themes/default/assets"));
        refused("themes/default/assets/again");
        Files.delete(dir.resolve("themes/default/assets/again"));
        link("themes/default/partials/self.mustache", Path.of("self.mustache"));
        refused("themes/default/partials/self.mustache");
    }

    @Test
    void stringsAndThemeYamlLinkedOutAreRefused() throws IOException {
        Files.writeString(outside.resolve("zh-CN.yaml"), Files.readString(dir.resolve(
                "themes/default/i18n/zh-CN.yaml")).replaceFirst("home: [^\\n]*", "home: " + SECRET));
        link("themes/default/i18n/zh-CN.yaml", outside.resolve("zh-CN.yaml"));
        refused("themes/default/i18n/zh-CN.yaml");
        Files.delete(dir.resolve("themes/default/i18n/zh-CN.yaml"));
        TestSite.copyTree(TestSite.PROJECT.resolve("themes/default/i18n"), dir.resolve("themes/default/i18n"));

        Files.writeString(outside.resolve("theme.yaml"), "name: " + SECRET + "\n");
        link("themes/default/theme.yaml", outside.resolve("theme.yaml"));
        refused("themes/default/theme.yaml");
    }

    @Test
    void aThemeFolderLinkedOutIsRefusedUnlessTrusted() throws IOException {
        Path shared = outside.resolve("shared-themes");
        copyTree(dir.resolve("themes/default"), shared.resolve("gov"));
        Files.writeString(shared.resolve("gov/partials/footer.mustache"), "<footer>共享主题页脚</footer>\n");
        deleteTree(dir.resolve("themes/default"));
        link("themes/default", shared.resolve("gov"));

        BuildResult untrusted = refused("content/site.yaml");
        assertContains(messages(untrusted), "trustedThemeFolders", messages(untrusted));

        site.write("content/site.yaml", Files.readString(dir.resolve("content/site.yaml"))
                + "trustedThemeFolders:\n  - " + shared + "\n");
        BuildResult trusted = site.build();
        assertTrue(trusted.ok(), trusted.diagnostics()::toString);
        assertContains(site.read("index.html"), "共享主题页脚", "the shared theme is used");

        // a link inside the trusted theme that leads out of it is refused all the same
        Files.createSymbolicLink(shared.resolve("gov/partials/extra.mustache"), outside.resolve("secret.mustache"));
        refused("themes/default/partials/extra.mustache");
        Files.delete(shared.resolve("gov/partials/extra.mustache"));
        // even into the trusted folder, beside the theme
        Files.createDirectories(shared.resolve("other"));
        Files.writeString(shared.resolve("other/x.css"), SECRET);
        Files.createSymbolicLink(shared.resolve("gov/assets/x.css"), shared.resolve("other/x.css"));
        refused("themes/default/assets/x.css");
    }

    @Test
    void aTrustedFolderMustBeAnAbsoluteExistingFolder() {
        for (String entry : List.of("shared", "/no/such/folder", outside + "/../" + outside.getFileName(), "/",
                "/tmp/../")) {
            site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\n"
                    + "trustedThemeFolders: ['" + entry + "']\n");
            BuildResult r = site.build();
            assertFalse(r.ok(), entry);
            assertContains(messages(r), "content/site.yaml:3:22: error: trusted theme folder", messages(r));
        }
    }

    @Test
    void aThemeFolderLinkedToTheRootIsRefused() throws IOException {
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: root\n");
        link("themes/root", Path.of("/"));
        refused("content/site.yaml");
    }

    @Test
    void aParentThemeLinkedOutIsRefused() throws IOException {
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: city\n")
                .write("themes/city/theme.yaml", "name: city\nextends: evil\n");
        copyTree(dir.resolve("themes/default"), outside.resolve("evil"));
        Files.writeString(outside.resolve("evil/partials/footer.mustache"), "<footer>" + SECRET + "</footer>\n");
        link("themes/evil", outside.resolve("evil"));
        refused("themes/city/theme.yaml");
    }

    @Test
    void aParentThemeNamedWithDotsIsRefused() {
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: city\n")
                .write("themes/city/theme.yaml", "name: city\nextends: ../../" + outside.getFileName() + "\n");
        refused("themes/city/theme.yaml");
        site.write("themes/city/theme.yaml", "name: city\nextends: default..x\n");
        refused("themes/city/theme.yaml");
    }

    @Test
    void aThemeFolderInALoopIsReported() throws IOException {
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: loop\n");
        link("themes/loop", Path.of("loop"));
        BuildResult r = refused("content/site.yaml");
        assertContains(messages(r), "loop", messages(r));
    }

    @Test
    void theThemesFolderItselfLinkedOutIsRefused() throws IOException {
        Path elsewhere = outside.resolve("themes");
        copyTree(dir.resolve("themes"), elsewhere);
        deleteTree(dir.resolve("themes"));
        Files.createSymbolicLink(dir.resolve("themes"), elsewhere);
        refused("content/site.yaml");
    }

    @Test
    void aThemeLinkedInsideTheSiteIsFollowed() throws IOException {
        site.write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: alias\nsiteCode: \"1234567890\"\n");
        link("themes/alias", Path.of("default"));
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of(), r.diagnostics());
    }
}
