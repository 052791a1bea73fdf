package org.disclose.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.TemplateContext;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Checks each {@code {{t.key}}} tag as a template is compiled: a key the theme's strings lack would otherwise render as
 * nothing on every page, so it is an error at the tag. A template is compiled once per build, so one missing key is
 * reported once however many pages use it.
 */
final class StringTags extends DefaultMustacheVisitor {

    /** What the visitors of one build share: the strings, where to report, and what was already reported. */
    record Check(Map<String, String> strings, String language, Function<String, String> shownName,
                 Function<String, String> templateText, Diagnostics diagnostics, Set<String> reported) {

        Check(Map<String, String> strings, String language, Function<String, String> shownName,
              Function<String, String> templateText, Diagnostics diagnostics) {
            this(strings, language, shownName, templateText, diagnostics, ConcurrentHashMap.newKeySet());
        }
    }

    private static final String PREFIX = "t.";

    private final Check check;

    StringTags(DefaultMustacheFactory factory, Check check) {
        super(factory);
        this.check = check;
    }

    @Override
    public void value(TemplateContext tc, String variable, boolean encoded) {
        look(tc, variable);
        super.value(tc, variable, encoded);
    }

    @Override
    public void iterable(TemplateContext tc, String variable, Mustache mustache) {
        look(tc, variable);
        super.iterable(tc, variable, mustache);
    }

    @Override
    public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
        look(tc, variable);
        super.notIterable(tc, variable, mustache);
    }

    private void look(TemplateContext tc, String variable) {
        String name = variable.strip();
        // With no strings at all the theme already has one error for that, not one per tag.
        if (!name.startsWith(PREFIX) || check.strings().isEmpty()) {
            return;
        }
        String key = name.substring(PREFIX.length());
        int dot = key.indexOf('.');
        key = dot < 0 ? key : key.substring(0, dot);
        if (key.isEmpty() || check.strings().containsKey(key)
                || !check.reported().add(tc.file() + ":" + tc.line() + ":" + key)) {
            return;
        }
        SourcePos at = new SourcePos(check.shownName().apply(tc.file()), tc.line(),
                column(check.templateText().apply(tc.file()), tc.line(), tc.startChars(), name));
        check.diagnostics().error(at, "the theme's strings have no '" + key + "': add it to i18n/"
                + check.language() + ".yaml");
    }

    /** The 1-based column of the tag naming {@code name} on {@code line}; 1 when it cannot be found. */
    static int column(String text, int line, String open, String name) {
        if (text == null) {
            return 1;
        }
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return 1;
        }
        String row = lines[line - 1];
        for (int at = row.indexOf(open); at >= 0; at = row.indexOf(open, at + 1)) {
            int i = at + open.length();
            while (i < row.length() && "#^&{ ".indexOf(row.charAt(i)) >= 0) {
                i++;
            }
            int end = i + name.length();
            if (row.startsWith(name, i) && (end == row.length() || !isNamePart(row.charAt(end)))) {
                return at + 1;
            }
        }
        return 1;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-';
    }
}
