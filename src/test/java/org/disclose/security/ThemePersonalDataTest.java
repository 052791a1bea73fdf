package org.disclose.security;

import static org.disclose.security.Sites.messages;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A personal number written into a theme (a partial, a layout, a string, a script) is refused as in content. */
class ThemePersonalDataTest {

    @TempDir
    Path dir;

    private static void append(Path file, String text) throws IOException {
        Files.writeString(file, Files.readString(file) + text);
    }

    @Test
    void aPersonalNumberInAnyTextFileOfTheThemeIsAnErrorThere() throws IOException {
        TestSite site = TestSite.minimal(dir);
        Path theme = dir.resolve("themes/default");
        append(theme.resolve("partials/footer.mustache"), "<p>值班：１３８ ００１３ ８０００</p>\n");
        append(theme.resolve("i18n/zh-CN.yaml"), "clerk: \"联系邮箱 zhang.san@vip.163.com\"\n");
        append(theme.resolve("assets/site.js"), "// 经办人 QQ：12345678\n");
        BuildResult r = site.build();
        List<String> m = messages(r);
        assertFalse(r.ok(), m::toString);
        for (String file : List.of("themes/default/partials/footer.mustache", "themes/default/i18n/zh-CN.yaml",
                "themes/default/assets/site.js")) {
            assertTrue(m.stream().anyMatch(l -> l.startsWith(file + ":") && l.contains(": error: ")
                    && l.contains("must not be published")), () -> file + " in " + m);
        }
        assertTrue(m.stream().noneMatch(l -> l.contains("13800138000") || l.contains("zhang.san")), m::toString);
        assertFalse(Files.exists(site.output()));
    }

    @Test
    void theDefaultThemeItselfHasNoFinding() {
        BuildResult r = TestSite.minimal(dir).build();
        assertTrue(r.ok(), messages(r)::toString);
    }
}
