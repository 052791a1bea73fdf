package org.disclose.text;

import org.disclose.text.FieldLimits;
import org.disclose.text.Fields;
import java.util.Map;

/**
 * How long a field's text may be, and how many items a list may have: one table for every field of every YAML file
 * and front matter, applied where {@link Fields} reads them, so that no setting or record can make a build write
 * gigabytes or run for hours. A limit fits what the field is for (an address, a name, a summary, a paragraph), far
 * above what any real record needs. Site-wide fields ({@code site.yaml}) are stricter: each is repeated on every page,
 * so a long one multiplies by the number of pages. The limits are listed in docs/content.md, section 14.4.
 */
public final class FieldLimits {

    /** Names, codes and words from a list: ids, slugs, regions, periods, units, tags. */
    static final int SHORT = 100;
    /** Titles and names shown as headings. */
    static final int TITLE = 200;
    /** Summaries, descriptions, sources, notes: a few sentences. */
    static final int SUMMARY = 2_000;
    /** Paragraphs of a record: a task's problem, target and measures, a progress entry. */
    static final int PARAGRAPH = 20_000;
    /** An address (URL) or a file path. */
    static final int URL = 2_000;
    /** Any field not named below. */
    static final int OTHER = 2_000;
    /** The Markdown body of a release, page or case, in characters (about 3 MB of Chinese text). */
    public static final int BODY = 1_000_000;

    private static final Map<String, Integer> TEXT = Map.ofEntries(
            Map.entry("id", SHORT), Map.entry("slug", SHORT), Map.entry("round", SHORT), Map.entry("region", SHORT),
            Map.entry("release", SHORT), Map.entry("period", SHORT), Map.entry("unit", SHORT),
            Map.entry("status", SHORT), Map.entry("category", SHORT), Map.entry("direction", SHORT),
            Map.entry("qualifier", SHORT), Map.entry("verdict", SHORT), Map.entry("resolution", SHORT),
            Map.entry("tags", SHORT), Map.entry("leader", SHORT), Map.entry("leadUnits", SHORT),
            Map.entry("supportingUnits", SHORT), Map.entry("tasks", SHORT), Map.entry("group", TITLE),
            Map.entry("phone", SHORT), Map.entry("phones", SHORT), Map.entry("office", TITLE),
            Map.entry("email", 254), Map.entry("language", SHORT),
            Map.entry("theme", SHORT), Map.entry("extends", SHORT), Map.entry("deadline", SHORT),
            Map.entry("date", SHORT), Map.entry("updated", SHORT), Map.entry("publicContacts", SHORT),
            Map.entry("title", TITLE), Map.entry("name", TITLE), Map.entry("label", TITLE), Map.entry("alt", TITLE),
            Map.entry("caption", TITLE), Map.entry("organiser", TITLE), Map.entry("operator", TITLE),
            Map.entry("siteCode", SHORT), Map.entry("icp", SHORT), Map.entry("police", SHORT),
            Map.entry("summary", SUMMARY), Map.entry("description", SUMMARY), Map.entry("source", SUMMARY),
            Map.entry("note", SUMMARY), Map.entry("reason", SUMMARY), Map.entry("address", SUMMARY),
            Map.entry("problem", PARAGRAPH), Map.entry("target", PARAGRAPH), Map.entry("measures", PARAGRAPH),
            Map.entry("text", PARAGRAPH),
            Map.entry("url", URL), Map.entry("baseUrl", URL), Map.entry("path", URL));

    /** Site-wide fields, on every page: stricter than {@link #TEXT}. */
    private static final Map<String, Integer> EVERY_PAGE_TEXT = Map.ofEntries(
            Map.entry("title", 100), Map.entry("description", 500), Map.entry("organiser", 100),
            Map.entry("operator", 100), Map.entry("address", 200), Map.entry("phone", 50), Map.entry("email", 254),
            Map.entry("siteCode", 50), Map.entry("icp", 100), Map.entry("police", 100), Map.entry("url", URL),
            Map.entry("baseUrl", URL), Map.entry("publicContacts", SHORT));

    private static final Map<String, Integer> ITEMS = Map.ofEntries(
            Map.entry("tags", 20), Map.entry("leadUnits", 50), Map.entry("supportingUnits", 50),
            Map.entry("measures", 200), Map.entry("tasks", 500), Map.entry("images", 50), Map.entry("attachments", 50), Map.entry("series", 1_000),
            Map.entry("progress", 1_000), Map.entry("changes", 1_000), Map.entry("milestones", 200),
            Map.entry("reports", 200), Map.entry("phones", 20), Map.entry("figures", 200), Map.entry("publicContacts", 200));

    /** Site-wide lists: the links of the header and footer are on every page. */
    private static final Map<String, Integer> EVERY_PAGE_ITEMS = Map.of(
            "navigation", 20, "footerLinks", 20, "publicContacts", 200);

    /** Items of any list not named above. */
    static final int OTHER_ITEMS = 1_000;

    private FieldLimits() {
    }

    /** The most characters the field {@code key} may have. */
    static int text(String key, boolean everyPage) {
        Integer strict = everyPage ? EVERY_PAGE_TEXT.get(key) : null;
        return strict != null ? strict : TEXT.getOrDefault(key, OTHER);
    }

    /** The most items the list {@code key} may have. */
    static int items(String key, boolean everyPage) {
        Integer strict = everyPage ? EVERY_PAGE_ITEMS.get(key) : null;
        return strict != null ? strict : ITEMS.getOrDefault(key, OTHER_ITEMS);
    }

    /** Bytes an image of a typical case may have: every one is read whole when it is published. */
    public static final long IMAGE_BYTES = 20L * 1024 * 1024;

    /** Characters a string of a theme (its {@code i18n/<language>.yaml}) may have: it may be on every page. */
    public static final int THEME_STRING = 2_000;

    /** The length of {@code text} in characters (code points), as the messages count them. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
