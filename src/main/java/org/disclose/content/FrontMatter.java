package org.disclose.content;

import org.disclose.text.FieldLimits;
import org.disclose.text.YNode;
import org.disclose.text.YamlParser;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * Splits a Markdown file into its YAML front matter (between two {@code ---} lines) and its body, keeping the line
 * numbers of both so that errors point into the original file.
 */
public record FrontMatter(YNode yaml, String body, int bodyLine) {

    public static Optional<FrontMatter> split(String text, String path, Diagnostics diagnostics) {
        if (!text.startsWith("---\n") && !text.equals("---")) {
            diagnostics.error(SourcePos.file(path),
                    "missing front matter: the file must start with a line '---', then YAML fields, then '---'");
            return Optional.empty();
        }
        int yamlStart = 4;
        int close = findClosing(text, yamlStart);
        if (close < 0) {
            diagnostics.error(SourcePos.file(path), "front matter is not closed: add a line '---' after the fields");
            return Optional.empty();
        }
        String yaml = text.substring(yamlStart, close);
        int afterClose = text.indexOf('\n', close);
        String body = afterClose < 0 ? "" : text.substring(afterClose + 1);
        int bodyLine = 1 + countLines(text, afterClose < 0 ? text.length() : afterClose + 1);
        if (body.length() > FieldLimits.BODY && FieldLimits.length(body) > FieldLimits.BODY) {
            diagnostics.error(new SourcePos(path, bodyLine, 1), String.format(java.util.Locale.ROOT, "the body has "
                    + "%,d characters, more than the %,d a page may have: split it into several releases or pages",
                    FieldLimits.length(body), FieldLimits.BODY));
            return Optional.empty();
        }
        Optional<YNode> node = YamlParser.parse(yaml, path, 1, diagnostics);
        if (node.isEmpty()) {
            if (!diagnostics.hasErrorsFor(path)) {
                diagnostics.error(SourcePos.file(path), "front matter is empty: it needs at least a title");
            }
            return Optional.empty();
        }
        return Optional.of(new FrontMatter(node.get(), body, bodyLine));
    }

    private static int findClosing(String text, int from) {
        int lineStart = from;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            String line = text.substring(lineStart, end < 0 ? text.length() : end);
            if (line.stripTrailing().equals("---") || line.stripTrailing().equals("...")) {
                return lineStart;
            }
            if (end < 0) {
                return -1;
            }
            lineStart = end + 1;
        }
        return -1;
    }

    private static int countLines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
