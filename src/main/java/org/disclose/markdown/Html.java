package org.disclose.markdown;

import java.util.regex.Pattern;

/** HTML text escaping for the few places where Java, not a template, writes markup, and its reverse. */
public final class Html {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private Html() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(rep);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Plain text of rendered HTML: tags dropped, entities of our own escaping undone, blanks folded. */
    public static String text(String html) {
        String t = withoutTags(html == null ? "" : html);
        t = t.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return SPACE.matcher(t).replaceAll(" ").strip();
    }

    /**
     * Each tag replaced by a space. A loop rather than the pattern {@code <[^>]*>}, which on a text of many
     * {@code <} and no {@code >} scans to the end from each of them: an unclosed tag here keeps the rest as text.
     */
    private static String withoutTags(String html) {
        int open = html.indexOf('<');
        if (open < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        int done = 0;
        while (open >= 0) {
            int close = html.indexOf('>', open);
            if (close < 0) {
                break;
            }
            out.append(html, done, open).append(' ');
            done = close + 1;
            open = html.indexOf('<', done);
        }
        return out.append(html, done, html.length()).toString();
    }
}
