package org.disclose.pipeline;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.disclose.privacy.PersonalDataGuard;
import org.disclose.text.SourceText;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.render.Theme;

/**
 * The personal-data guard over the theme's text files: its layouts, partials and strings are on every page, and its
 * stylesheets and scripts are published too, so a number written into a theme (a clerk's mobile in the footer
 * partial) is refused as it is in content. Images and fonts hold no text to scan.
 */
final class ThemeScan {

    private ThemeScan() {
    }

    static void run(Theme theme, PersonalDataGuard guard, Diagnostics diagnostics) {
        for (Map.Entry<String, Path> file : theme.files().entrySet()) {
            if (isText(file.getKey())) {
                String shown = theme.shown(file.getValue());
                SourceText.read(file.getValue(), shown, diagnostics)
                        .ifPresent(text -> guard.scan(text, new SourcePos(shown, 1, 1), diagnostics));
            }
        }
    }

    private static boolean isText(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".mustache") || lower.endsWith(".yaml") || lower.endsWith(".yml")
                || lower.endsWith(".css") || lower.endsWith(".js") || lower.endsWith(".svg")
                || lower.endsWith(".html") || lower.endsWith(".txt") || lower.endsWith(".json");
    }
}
