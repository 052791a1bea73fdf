package org.disclose.publish;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stylesheet's {@code url("cursor-hand.svg")} names a file of the theme by its plain name, but assets are published
 * under fingerprinted names ({@code cursor-hand.1986072837.svg}). This rewrites each such relative address to the
 * published name, so the stylesheet (whose own fingerprint is then taken over the rewritten text) loads the very
 * file it was published with. Addresses that name no asset of the theme are left as written; the address check
 * judges them.
 */
public final class StylesheetLinks {

    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")\\s]+)\\1\\s*\\)");

    private StylesheetLinks() {
    }

    /**
     * @param css       the stylesheet's text
     * @param cssRel    its path below {@code assets/}, e.g. {@code site.css}
     * @param published path below {@code assets/} of every other asset → its published file name path below assets/
     * @return the text with every relative address of an asset replaced, or the same text when none is named
     */
    public static String rewrite(String css, String cssRel, Map<String, String> published) {
        int slash = cssRel.lastIndexOf('/');
        String folder = slash < 0 ? "" : cssRel.substring(0, slash + 1);
        Matcher m = URL.matcher(css);
        StringBuilder out = new StringBuilder(css.length());
        boolean changed = false;
        while (m.find()) {
            String address = m.group(2);
            String target = address.contains(":") || address.startsWith("/") || address.startsWith("#") ? null
                    : published.get(folder + address);
            String replacement = m.group();
            if (target != null && target.startsWith(folder)) {
                replacement = "url(" + m.group(1) + target.substring(folder.length()) + m.group(1) + ")";
                changed = true;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        if (!changed) {
            return css;
        }
        m.appendTail(out);
        return out.toString();
    }
}
