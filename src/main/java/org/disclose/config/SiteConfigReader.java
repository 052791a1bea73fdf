package org.disclose.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclose.text.Addresses;
import org.disclose.text.Fields;
import org.disclose.text.SourceText;
import org.disclose.text.YamlParser;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.files.ReadRoots;
import org.disclose.model.PublishedUrl;

/** {@code content/site.yaml} → {@link SiteConfig}. */
public final class SiteConfigReader {

    public static final String FILE = "content/site.yaml";
    private static final String WHAT = "site.yaml";

    private SiteConfigReader() {
    }

    /** Reads the site settings; {@code baseUrlOverride} (from {@code --base-url}) wins over the file. */
    public static Optional<SiteConfig> read(Path root, String baseUrlOverride, Diagnostics diagnostics) {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(SourcePos.file(FILE), "site settings not found: create " + FILE
                    + " with at least a title (see docs/content.md)");
            return Optional.empty();
        }
        Optional<Path> real = ReadRoots.content(root).admit(file, diagnostics);
        if (real.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> text = SourceText.read(real.get(), FILE, diagnostics);
        Optional<org.disclose.text.YNode> node = text.flatMap(t -> YamlParser.parse(t, FILE, 0, diagnostics));
        if (text.isPresent() && node.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(SourcePos.file(FILE), "site settings are empty: give at least title and baseUrl "
                    + "(see docs/content.md)");
        }
        return node.flatMap(n -> Fields.everyPage(n, diagnostics, WHAT)).map(f -> fromFields(f, baseUrlOverride, diagnostics));
    }

    /**
     * Links by site path ({@code /releases/} → {@code releases/}) or by an address that leaves the site; a refused
     * one is left out after its error.
     */
    private static List<SiteConfig.NavItem> links(Fields f, String key) {
        List<SiteConfig.NavItem> links = new ArrayList<>();
        for (Fields item : f.list(key, "a link")) {
            String title = item.requireString("title");
            SiteConfig.Column column = new SiteConfig.Column(item.string("description"), item.string("keywords"),
                    item.string("columnType"));
            link(item, title, column).filter(l -> l.title() != null).ifPresent(links::add);
        }
        return List.copyOf(links);
    }

    /**
     * One link's address, as a path of the site or an address that leaves it; empty after an error. The title is as
     * given (null when absent).
     */
    private static Optional<SiteConfig.NavItem> link(Fields item, String title, SiteConfig.Column column) {
        PublishedUrl url = Addresses.url(item, "url", true);
        item.reportUnknown();
        if (url == null) {
            return Optional.empty();
        }
        String href = url.href();
        boolean external = url.leavesSite();
        return Optional.of(new SiteConfig.NavItem(title, external || !href.startsWith("/") ? href : href.substring(1),
                external, item.posOf("url"), column));
    }

    /**
     * The 留言 link every page shows: {@code feedback: {title, url}}, the title optional (the theme's words when
     * absent).
     */
    private static SiteConfig.NavItem feedback(Fields f) {
        return f.mapping("feedback", "feedback")
                .flatMap(item -> link(item, item.string("title"), SiteConfig.Column.UNSAID))
                .orElse(null);
    }

    /** {@code precompress:} none, files (the default) or pages ({@link Precompression}). */
    private static Precompression precompress(Fields f, Diagnostics diagnostics) {
        String word = f.string("precompress");
        if (word == null) {
            return Precompression.FILES;
        }
        return Precompression.of(word).orElseGet(() -> {
            diagnostics.error(f.posOf("precompress"), "precompress must be none, files or pages, not '"
                    + word.replaceAll("\\p{Cntrl}", "?") + "'");
            return Precompression.FILES;
        });
    }

    private static SiteConfig fromFields(Fields f, String baseUrlOverride, Diagnostics diagnostics) {
        String title = f.requireString("title");
        String description = f.string("description");
        String language = Optional.ofNullable(f.string("language")).orElse("zh-CN");
        if (!language.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            diagnostics.error(f.posOf("language"), "language must be a language tag such as zh-CN, not '"
                    + language.replaceAll("\\p{Cntrl}", "?") + "'");
            language = "zh-CN";
        }
        String fromFile = baseUrlOverride != null ? f.string("baseUrl") : f.requireString("baseUrl");
        String baseText = baseUrlOverride != null ? baseUrlOverride : fromFile;
        BaseUrl baseUrl = null;
        if (baseText != null) {
            String problem = BaseUrl.problem(baseText);
            baseUrl = BaseUrl.parse(baseText).orElse(null);
            if (problem != null) {
                SourcePos pos = baseUrlOverride != null ? new SourcePos("--base-url", 1, 1) : f.posOf("baseUrl");
                diagnostics.error(pos, problem.equals(BaseUrl.NOT_ABSOLUTE)
                        ? "baseUrl must be an absolute http(s) address such as https://www.example.gov.cn/zhenggai/, "
                                + "not '" + PublishedUrl.shown(baseText) + "'"
                        : "baseUrl '" + PublishedUrl.shown(baseText) + "' is not allowed: it " + problem);
            }
        }
        String theme = Optional.ofNullable(f.string("theme")).orElse("default");
        Long pageSize = f.integer("pageSize");
        if (pageSize != null && (pageSize < 1 || pageSize > 500)) {
            diagnostics.error(f.posOf("pageSize"), "pageSize must be between 1 and 500, not " + pageSize);
            pageSize = null;
        }
        SiteConfig.Contact contact = f.mapping("contact", "contact").map(c -> {
            SiteConfig.Contact result = new SiteConfig.Contact(c.string("address"), c.string("phone"),
                    Addresses.email(c, "email"));
            c.reportUnknown();
            return result;
        }).orElse(new SiteConfig.Contact(null, null, null));
        List<SiteConfig.NavItem> nav = links(f, "navigation");
        List<SiteConfig.NavItem> footer = links(f, "footerLinks");
        String siteCode = f.string("siteCode");
        SiteConfig config = new SiteConfig(title, description, language, baseUrl, theme,
                f.string("organiser"), f.string("operator"), contact,
                siteCode, f.string("icp"), f.string("police"),
                nav, footer, f.bool("demo", false), pageSize == null ? 10 : pageSize.intValue(),
                f.bool("allowHtml", false), List.copyOf(f.strings("publicContacts")),
                TrustedThemeFolders.read(f, diagnostics), f.string("columnType"),
                HostPaths.read(f, baseUrl, diagnostics), WidgetSettings.conac(f), WidgetSettings.jiucuo(f, siteCode),
                feedback(f), disclosure(f), precompress(f, diagnostics),
                PhotoSettings.read(f, diagnostics));
        if (config.siteCode() == null) {
            diagnostics.warning(f.pos(), "siteCode is missing: the rules for government websites (国办发〔2017〕47号) "
                    + "require the site's 网站标识码 in every page's SiteIDCode tag and in the footer");
        }
        f.reportUnknown();
        return config;
    }

    /** {@code disclosure: {organisationCode, publisher}}; a code 索引号 cannot be made of is an error. */
    private static SiteConfig.Disclosure disclosure(Fields f) {
        return f.mapping("disclosure", "disclosure").map(d -> {
            String code = d.string("organisationCode");
            if (code != null && !org.disclose.model.IndexNumbers.isCode(code)) {
                d.diagnostics().error(d.posOf("organisationCode"), "organisationCode '" + code + "' must be letters "
                        + "and digits only (at most 40), such as a 统一社会信用代码: 索引号 are made of it");
                code = null;
            }
            SiteConfig.Disclosure result = new SiteConfig.Disclosure(code, d.string("publisher"), true);
            d.reportUnknown();
            return result;
        }).orElse(SiteConfig.Disclosure.NONE);
    }
}
