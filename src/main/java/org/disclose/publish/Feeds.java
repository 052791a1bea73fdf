package org.disclose.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.disclose.config.SiteConfig;
import org.disclose.model.Bulletin;
import org.disclose.model.ContentDate;
import org.disclose.model.Release;
import org.disclose.render.SiteAddresses;

/**
 * The Atom feed (RFC 4287) of releases and complaint bulletins — what a reader subscribes to while the inspectors are
 * in the province: newest first by their last update, with absolute links. Times are the content's own dates in
 * Beijing time (+08:00), so the feed is the same on every build.
 */
public final class Feeds {

    static final int ENTRIES = 50;

    private Feeds() {
    }

    /** One item of the feed, whatever it announces; {@code summary} may be null. */
    private record Entry(String path, String title, ContentDate published, ContentDate updated, String summary,
                         String bodyHtml) {
    }

    /** The feed of the releases and bulletins given: the caller leaves out what is withdrawn. */
    public static byte[] atom(SiteConfig site, List<Release> releases, List<Bulletin> bulletins) {
        List<Entry> latest = new ArrayList<>();
        for (Release r : releases) {
            latest.add(new Entry(SiteAddresses.release(r), r.title(), r.date(), r.lastModified(), r.summary(),
                    r.bodyHtml()));
        }
        for (Bulletin b : bulletins) {
            ContentDate day = new ContentDate(b.date(), null);
            latest.add(new Entry(SiteAddresses.bulletin(b), b.title(), day, day, null, b.bodyHtml()));
        }
        latest.sort(Comparator.comparing(Entry::updated).reversed().thenComparing(Entry::path));
        if (latest.size() > ENTRIES) {
            latest = latest.subList(0, ENTRIES);
        }
        String base = site.baseUrl().value();
        StringBuilder s = new StringBuilder(4096);
        s.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"")
                .append(Xml.escape(site.language())).append("\">\n");
        s.append("  <id>").append(Xml.escape(base)).append("</id>\n");
        s.append("  <title>").append(Xml.escape(site.title())).append("</title>\n");
        if (site.description() != null) {
            s.append("  <subtitle>").append(Xml.escape(site.description())).append("</subtitle>\n");
        }
        s.append("  <updated>").append(latest.isEmpty() ? "1970-01-01T00:00:00+08:00"
                : time(latest.get(0).updated())).append("</updated>\n");
        s.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"").append(Xml.escape(base + SiteAddresses.FEED))
                .append("\"/>\n");
        s.append("  <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(base)).append("\"/>\n");
        s.append("  <author><name>").append(Xml.escape(site.organiser() != null ? site.organiser() : site.title()))
                .append("</name></author>\n");
        for (Entry r : latest) {
            String url = base + r.path();
            s.append("  <entry>\n");
            s.append("    <id>").append(Xml.escape(url)).append("</id>\n");
            s.append("    <title>").append(Xml.escape(r.title())).append("</title>\n");
            s.append("    <published>").append(time(r.published())).append("</published>\n");
            s.append("    <updated>").append(time(r.updated())).append("</updated>\n");
            s.append("    <link rel=\"alternate\" type=\"text/html\" href=\"").append(Xml.escape(url)).append("\"/>\n");
            if (r.summary() != null) {
                s.append("    <summary>").append(Xml.escape(r.summary())).append("</summary>\n");
            }
            // relative links in the body resolve against the entry's own address
            s.append("    <content type=\"html\" xml:base=\"").append(Xml.escape(url)).append("\">")
                    .append(Xml.escape(r.bodyHtml())).append("</content>\n");
            s.append("  </entry>\n");
        }
        s.append("</feed>\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 3339 in Beijing time: {@code 2023-05-10T00:00:00+08:00}. */
    static String time(ContentDate d) {
        int hour = d.time() == null ? 0 : d.time().getHour();
        int minute = d.time() == null ? 0 : d.time().getMinute();
        return String.format(java.util.Locale.ROOT, "%sT%02d:%02d:00+08:00", d.day(), hour, minute);
    }
}
