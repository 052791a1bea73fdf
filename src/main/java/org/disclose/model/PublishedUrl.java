package org.disclose.model;

import java.net.IDN;
import java.util.Locale;

/**
 * The one rule for every address the site publishes, whatever it comes from (site.yaml, front matter, Markdown, raw
 * HTML, the theme): an {@code http(s)} address ({@code //host/...} counts as one), a {@code mailto:} or {@code tel:}
 * address, or a path on this site, which the link check then resolves. Anything else is refused, with the reason.
 *
 * <p>An allow-list rather than a list of dangerous schemes, because browsers are lenient in ways a deny-list misses:
 * they drop tabs and newlines anywhere in an address and blanks and control characters around it, read {@code \} as
 * {@code /}, and take the letters before the first {@code :} as a scheme in any case. So the address is judged as a
 * browser would read it, and whatever a browser would silently repair (an invisible character, a blank, a backslash)
 * is refused instead of repaired, so that nothing written differs from what is published.
 */
public final class PublishedUrl {

    /** What a published address leads to. */
    public enum Kind {
        /** http or https, on another host or this one ({@code https://...}, {@code //host/...}). */
        WEB,
        /** {@code mailto:} */
        MAIL,
        /** {@code tel:} */
        PHONE,
        /** a path, query or fragment on this site, resolved by the link check */
        SITE
    }

    private final String href;
    private final Kind kind;
    private final String refusal;

    private PublishedUrl(String href, Kind kind, String refusal) {
        this.href = href;
        this.kind = kind;
        this.refusal = refusal;
    }

    /** Judges an address as written (entities and Markdown escapes already decoded). */
    public static PublishedUrl judge(String written) {
        if (written == null) {
            return refused("is missing");
        }
        String odd = oddCharacter(written);
        if (odd != null) {
            return refused(odd);
        }
        int colon = schemeEnd(written);
        if (colon < 0) {
            if (written.startsWith("//")) {
                return web(written, written.substring(2));
            }
            return new PublishedUrl(written, Kind.SITE, null);
        }
        String scheme = written.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = written.substring(colon + 1);
        return switch (scheme) {
            case "http", "https" -> rest.startsWith("//")
                    ? web(scheme + ":" + rest, rest.substring(2))
                    : refused("lacks the // after '" + scheme + ":': write " + scheme + "://host/path");
            case "mailto" -> rest.matches("[^@?]+@[^@?]+(\\?.*)?")
                    ? new PublishedUrl("mailto:" + rest, Kind.MAIL, null)
                    : refused("is not an e-mail address: write mailto:name@example.gov.cn");
            case "tel" -> rest.matches("\\+?[0-9][0-9().-]*")
                    ? new PublishedUrl("tel:" + rest, Kind.PHONE, null)
                    : refused("is not a telephone number: write tel:+86-431-12345678 (digits, and + - . ( ) only)");
            default -> refused("uses the scheme '" + scheme + ":': write an http(s)://, mailto: or tel: address or a "
                    + "path on this site (other schemes may run a script, embed content or open another program)");
        };
    }

    public boolean allowed() {
        return refusal == null;
    }

    /** Why the address is refused, as the end of a sentence ("... is not allowed: it " + refusal()); null if allowed. */
    public String refusal() {
        return refusal;
    }

    public Kind kind() {
        return kind;
    }

    /** The address to publish: as written, with the scheme in lower case. Null when refused. */
    public String href() {
        return href;
    }

    /** Whether the address leads away from this site (to another host, a mail program or a phone). */
    public boolean leavesSite() {
        return kind != null && kind != Kind.SITE;
    }

    /**
     * Why the authority ({@code host[:port]}) of an http(s) address is refused, or null. Shared with the base URL:
     * a user name or password in an address deceives the reader ({@code https://www.gov.cn@evil.example/} goes to
     * evil.example), and a host in other scripts can imitate a familiar one letter for letter.
     */
    public static String authorityProblem(String authority) {
        if (authority.indexOf('@') >= 0) {
            return "holds a user name or password before '@': give only the host";
        }
        String host = authority;
        String port = null;
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            // digits and colons, and a zone after % (the preview names the address it listens on as it is)
            if (close < 0 || !host.substring(1, close).matches("[0-9A-Fa-f:.]+(%[0-9A-Za-z._~-]+)?")) {
                return "has a malformed IPv6 address";
            }
            port = host.length() > close + 1 ? host.substring(close + 1) : null;
            if (port != null && !port.startsWith(":")) {
                return "has something after the IPv6 address";
            }
            port = port == null ? null : port.substring(1);
        } else {
            int c = host.lastIndexOf(':');
            if (c >= 0) {
                port = host.substring(c + 1);
                host = host.substring(0, c);
            }
            if (host.isEmpty()) {
                return "has no host name after //";
            }
            if (!host.chars().allMatch(ch -> ch < 0x80)) {
                return "has a host name outside ASCII, which can imitate another: write it in its xn-- form"
                        + punycode(host);
            }
            if (host.length() > 253 || !host.toLowerCase(Locale.ROOT).matches(
                    "([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*")) {
                return "has an invalid host name '" + shown(host) + "': use letters, digits, - and single dots";
            }
        }
        if (port != null && (!port.matches("[0-9]{1,5}") || Integer.parseInt(port) < 1
                || Integer.parseInt(port) > 65535)) {
            return "has an invalid port '" + shown(port) + "': a port is a number from 1 to 65535";
        }
        return null;
    }

    /**
     * The text with every character a message could not show faithfully (controls, blanks other than the space,
     * invisible formatting characters) written as {@code \}{@code uXXXX}, so a message never carries one raw.
     */
    public static String shown(String text) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c != ' ' && invisible(c)) {
                s.append(String.format("\\u%04X", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return s.toString();
    }

    private static PublishedUrl web(String href, String afterSlashes) {
        int end = 0;
        while (end < afterSlashes.length() && "/?#".indexOf(afterSlashes.charAt(end)) < 0) {
            end++;
        }
        String problem = authorityProblem(afterSlashes.substring(0, end));
        return problem == null ? new PublishedUrl(href, Kind.WEB, null) : refused(problem);
    }

    /**
     * Where a scheme ends: the index of the first {@code :} when it comes before any {@code / ? #}, else -1. Any such
     * prefix counts as a scheme (a browser reads {@code a:b} as the scheme {@code a}); a path on this site with a
     * colon in its first segment can be written {@code ./a:b}.
     */
    private static int schemeEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (c == '/' || c == '?' || c == '#') {
                return -1;
            }
        }
        return -1;
    }

    /** Why a character of the address is refused wherever it stands, or null. */
    private static String oddCharacter(String s) {
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isISOControl(c)) {
                return "contains the control character " + code(c) + ", which browsers drop or misread: remove it";
            }
            if (invisible(c)) {
                return "contains the blank or invisible character " + code(c)
                        + ": remove it, or write a space inside a path as %20";
            }
            if (c == '\\') {
                return "contains a backslash, which browsers read as /: write / instead";
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /** Blanks of every kind, and characters that take no space: format characters, bidi controls, BOMs. */
    private static boolean invisible(int c) {
        return Character.isISOControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT || c == 0x115F || c == 0x1160 || c == 0x3164
                || c == 0xFFA0 || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    private static String code(int c) {
        return String.format("U+%04X", c);
    }

    private static String punycode(String host) {
        try {
            return " (" + IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES) + ")";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static PublishedUrl refused(String why) {
        return new PublishedUrl(null, null, why);
    }
}
