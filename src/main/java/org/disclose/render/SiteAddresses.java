package org.disclose.render;

import java.util.Set;
import org.disclose.model.Bulletin;
import org.disclose.model.ListColumn;
import org.disclose.model.Complaint;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.Indicator;
import org.disclose.model.Page;
import org.disclose.model.Release;
import org.disclose.model.Task;
import org.disclose.model.TaskStatus;
import org.disclose.model.TypicalCase;

/**
 * The site's address scheme: every page, list and file the build publishes is at an address made here, so routes,
 * the links views carry, open data, search and feeds agree. Addresses are site-relative without a leading slash; a
 * page's ends in {@code /}. Status and region lists use the Chinese words themselves as the address.
 */
public final class SiteAddresses {

    public static final String HOME = "";
    public static final String NOT_FOUND = "404.html";
    public static final String RELEASES = "releases/";
    public static final String TASKS = "tasks/";
    public static final String CASES = "cases/";
    public static final String ROUNDS = "rounds/";
    public static final String ACCOUNTABILITY = "accountability/";
    public static final String INDICATORS = "indicators/";
    public static final String COMPLAINTS = "complaints/";
    /** Complaint bulletins (交办, 办理): a list, newest first, and a page each, apart from the batch tables. */
    public static final String BULLETINS = "bulletins/";
    public static final String SEARCH = "search/";
    /** The 网站地图 for people: every column and page of the site on one page (apart from {@link #SITEMAP}). */
    public static final String SITE_MAP_PAGE = "sitemap/";
    public static final String FEED = "feed.xml";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";
    /** Every file the site holds, with its size and SHA-256, for auditors. */
    public static final String MANIFEST = "manifest.json";
    /** The theme's assets, each named with its content hash ({@link #asset}). */
    public static final String ASSETS = "assets/";

    /**
     * The search index's files, under {@link #SEARCH}. The theme's {@code search.js} asks for them by these names,
     * relative to the search page ({@code meta.json}, {@code index/N.json}, {@code docs/N.json}): it must agree.
     */
    public static final String SEARCH_META = SEARCH + "meta.json";

    /** The open-data page and folder; a table's files are named after it, e.g. {@code data/tasks.csv}. */
    public static final String DATA = "data/";
    public static final String DATA_PACKAGE = DATA + "datapackage.json";
    public static final String TASK_TABLE = "tasks";
    public static final String CASE_TABLE = "cases";
    public static final String IMAGE_TABLE = "images";
    public static final String ACCOUNTABILITY_TABLE = "accountability";
    public static final String INDICATOR_TABLE = "indicators";
    public static final String COMPLAINT_TABLE = "complaints";
    /** The figures bulletins declare, as printed (issue 16). */
    public static final String FIGURE_TABLE = "figures";

    /** Top-level names the site uses or will use for its own sections, whether or not they exist yet. */
    public static final Set<String> RESERVED = Set.of("assets", "data", "releases", "tasks", "cases", "rounds",
            "accountability", "indicators", "complaints", "bulletins", "search", "sitemap", "tags", "archive", "page", FEED,
            SITEMAP, ROBOTS, NOT_FOUND, MANIFEST);

    private SiteAddresses() {
    }

    /** The list page of a column. */
    public static String column(ListColumn c) {
        return switch (c) {
            case RELEASES -> RELEASES;
            case TASKS -> TASKS;
            case CASES -> CASES;
            case INDICATORS -> INDICATORS;
            case COMPLAINTS -> COMPLAINTS;
            case BULLETINS -> BULLETINS;
            case ACCOUNTABILITY -> ACCOUNTABILITY;
        };
    }

    public static String page(Page p) {
        return p.path();
    }

    /** Page {@code n} of a list at {@code base}: the first keeps the list's own address, as Hugo does. */
    public static String listPage(String base, int n) {
        return n == 1 ? base : base + "page/" + n + "/";
    }

    public static String release(Release r) {
        return r.path();
    }

    public static String releaseTag(String tag) {
        return RELEASES + "tags/" + tag + "/";
    }

    public static String releaseYear(int year) {
        return RELEASES + "year/" + year + "/";
    }

    public static String task(Task t) {
        return t.path();
    }

    public static String task(String id) {
        return TASKS + id + "/";
    }

    /**
     * The page of problem {@code number}, split into tasks numbered {@code N-k}. Problem numbers come from task ids,
     * which are unique across the site, so the number alone names it.
     */
    public static String problem(int number) {
        return TASKS + "problem/" + number + "/";
    }

    public static String taskStatus(TaskStatus s) {
        return TASKS + "status/" + s.label() + "/";
    }

    public static String taskRegion(String region) {
        return TASKS + "region/" + region + "/";
    }

    public static String taskRound(String round) {
        return TASKS + "round/" + round + "/";
    }

    public static String typicalCase(TypicalCase c) {
        return c.path();
    }

    /** A photo is published under its owner page's address, at its file (each width beside it). */
    public static String photo(String page, String file) {
        return page + file;
    }

    /** An attachment is published under its owner page's address, at its path in the owner's folder. */
    public static String attachment(String page, org.disclose.model.Attachment attachment) {
        return page + attachment.file();
    }

    public static String round(String id) {
        return ROUNDS + id + "/";
    }

    public static String indicator(Indicator i) {
        return INDICATORS + i.id() + "/";
    }

    public static String complaint(Complaint c) {
        return COMPLAINTS + c.id() + "/";
    }

    public static String complaintBatch(ComplaintBatch b) {
        return COMPLAINTS + b.round() + "/batch-" + b.number() + "/";
    }

    public static String bulletin(Bulletin b) {
        return b.path();
    }

    public static String complaintRegion(String region) {
        return COMPLAINTS + "region/" + region + "/";
    }

    /** An open-data table's CSV: {@code data/tasks.csv}. */
    public static String tableCsv(String table) {
        return DATA + tableCsvName(table);
    }

    /** The CSV's name within {@code data/}, as {@code datapackage.json} beside it refers to it. */
    public static String tableCsvName(String table) {
        return table + ".csv";
    }

    public static String tableJson(String table) {
        return DATA + table + ".json";
    }

    /** Part {@code n} of a sitemap too long for one file; {@link #SITEMAP} is then their index. */
    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }

    /**
     * A theme asset at {@code rel} within the theme's assets, fingerprinted with its content {@code hash} before its
     * extension, so that servers can cache it for a year and a changed file is never served stale:
     * {@code site.css} → {@code assets/site.3f2a91c0.css}.
     */
    public static String asset(String rel, String hash) {
        int dot = rel.lastIndexOf('.');
        return ASSETS + (dot > rel.lastIndexOf('/') ? rel.substring(0, dot) + "." + hash + rel.substring(dot)
                : rel + "." + hash);
    }

    /** Shard {@code k} of the search index's postings (see {@link #SEARCH_META} on {@code search.js}). */
    public static String searchShard(int k) {
        return SEARCH + "index/" + k + ".json";
    }

    /** Chunk {@code c} of the search index's documents (see {@link #SEARCH_META} on {@code search.js}). */
    public static String searchDocs(int c) {
        return SEARCH + "docs/" + c + ".json";
    }

    /** One indicator's series alone, for those who want just that. */
    public static String indicatorCsv(Indicator i) {
        return DATA + INDICATOR_TABLE + "/" + i.id() + ".csv";
    }
}
