package org.disclose.security;

import static org.disclose.Contains.assertContains;
import static org.disclose.security.Sites.linesWithoutError;
import static org.disclose.security.Sites.messages;
import static org.disclose.security.Sites.yamlQuoted;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule for every address a site publishes: http(s) (also //host), mailto:, tel: or a path on the site. Each class
 * of evasion is tried in several forms, from site.yaml, front matter, Markdown and the theme, and each must be an
 * error at the line it is written on, with nothing of it on any page; ordinary addresses must pass.
 */
class PublishedUrlTest {

    /** Schemes other than the four, in any case and with any tail (a "://" once let anything through). */
    static final List<String> SCHEMES = List.of("javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)",
            "javascript://%0aalert(1)", "javascript://comment%0Aalert(document.cookie)", "vbscript:msgbox(1)",
            "VBScript://x%0amsgbox(1)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "data:text/html,<script>alert(1)</script>#://", "DATA:image/svg+xml,<svg/onload=alert(1)>",
            "file:///etc/passwd", "FILE://server/share/x", "blob:https://a.example/0f0e", "jar:https://a.example/x!/",
            "view-source:https://a.example/", "about:blank", "livescript:x", "ms-its:x.chm::/x.htm",
            "x-javascript:alert(1)", "ftp://a.example/x", "chrome://settings/", "javascript&colon;alert(1)x:y",
            "%6Aavascript:alert(1)");
    /** Blanks, control and invisible characters before, inside or after a scheme or address. */
    static final List<String> HIDDEN = List.of(" javascript:alert(1)", "\tjavascript:alert(1)",
            "\u0000javascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:alert(1)",
            "java\u0000script:alert(1)", "\u001fjavascript:alert(1)", "\u007fjavascript:alert(1)",
            "\u0085javascript:alert(1)", "\u00a0javascript:alert(1)", "\u3000javascript:alert(1)",
            "\u200bjavascript:alert(1)", "\ufeffjavascript:alert(1)", "javascript\u0000:alert(1)",
            "\u202ehttps://a.example/", "https://a.example/\u0000", "https://a.example/ x", "https:\t//a.example/",
            "https://a.example/\u2028", "/about/\u200d", "\u000b/about/", "/about/\u001b[31m");
    /** Hosts that are not what they look like, and addresses a browser reads as another host. */
    static final List<String> HOSTS = List.of("https://user:pw@a.example/", "https://www.gov.cn@evil.example/",
            "//user@evil.example/", "https:evil.example", "http:/evil.example", "///evil.example/", "https://",
            "https:///x", "https://evil.example:0/", "https://evil.example:65536/", "https://evil.example:99999999999/",
            "https://\u0435vil.example/", "https://evil\u3002example/", "https://evil%2eexample/",
            "https://evil_example.com/", "\\\\evil.example\\x", "/\\evil.example/", "https:\\\\evil.example",
            "https://[::1/", "https://evil.example:8o/", "HTTPS://evil..example/");
    static final List<String> MAIL_AND_PHONE = List.of("mailto:", "mailto:javascript:alert(1)",
            "tel:javascript:alert(1)", "tel:", "TEL:+86 431", "mailto:a b@example.gov.cn");
    static final List<String> LEGIT = List.of("https://www.gov.cn/", "HTTPS://WWW.GOV.CN/zhengce/?a=1&b=2#x",
            "http://127.0.0.1:8080/x", "//www.mee.gov.cn/", "mailto:contact@example.gov.cn",
            "MAILTO:contact@example.gov.cn?subject=%E5%92%A8%E8%AF%A2", "tel:+86-431-12345678", "tel:12345",
            "/about/", "/releases/", "/", "/search/?q=x", "https://[2001:db8::1]:8443/a", "https://xn--fiqs8s.cn/");

    @TempDir
    Path dir;

    static List<String> hostile() {
        return Stream.of(SCHEMES, HIDDEN, HOSTS, MAIL_AND_PHONE).flatMap(List::stream).toList();
    }

    @Test
    void siteLinksFollowTheRuleAtTheirLine() throws Exception {
        List<String> urls = hostile();
        StringBuilder nav = new StringBuilder("title: 测试站点\nbaseUrl: https://test.example.gov.cn/\nnavigation:\n");
        for (String u : LEGIT) {
            nav.append("  - {title: 好, url: ").append(yamlQuoted(u)).append("}\n");
        }
        // footerLinks holds at most 20 links (they are on every page): the hostile ones go in sites of 20 each
        for (int from = 0; from < urls.size(); from += 20) {
            List<String> chunk = urls.subList(from, Math.min(urls.size(), from + 20));
            StringBuilder yaml = new StringBuilder(nav).append("footerLinks:\n");
            for (String u : chunk) {
                yaml.append("  - {title: 坏, url: ").append(yamlQuoted(u)).append("}\n");
            }
            yaml.append("siteCode: \"1234567890\"\n");
            TestSite bad = TestSite.minimal(dir.resolve("bad" + from)).write("content/site.yaml", yaml.toString())
                    .write("content/pages/about.md", "---\ntitle: 关于\n---\n\n正文。\n");
            BuildResult r = bad.build();
            int first = 5 + LEGIT.size();
            List<Integer> lines = IntStream.range(first, first + chunk.size()).boxed().toList();
            assertEquals(List.of(), linesWithoutError(r, "content/site.yaml", lines, "is not allowed: it "), () ->
                    "each hostile url must be an error at its line: " + messages(r));
            for (String m : messages(r)) {
                assertTrue(lines.stream().anyMatch(l -> m.startsWith("content/site.yaml:" + l + ":")),
                        () -> "only errors at those lines: " + m);
                assertTrue(m.chars().noneMatch(c -> c < 0x20 || c == 0x7f), "a message carries no raw control: " + m);
            }
        }

        // (a release, since a link to an empty column is an error of its own)
        TestSite site = TestSite.minimal(dir.resolve("good")).write("content/site.yaml", nav.toString())
                .write("content/pages/about.md", "---\ntitle: 关于\n---\n\n正文。\n")
                .write("content/releases/a.md", "---\ntitle: 进展\ndate: 2023-05-10\n---\n\n正文。\n");
        // without them, the legitimate links are published (scheme in lower case), relative to each page
        BuildResult ok = site.build();
        assertTrue(ok.ok(), ok.diagnostics()::toString);
        String about = site.read("about/index.html");
        for (String href : List.of("https://www.gov.cn/", "https://WWW.GOV.CN/zhengce/?a=1&amp;b=2#x",
                "//www.mee.gov.cn/", "mailto:contact@example.gov.cn", "tel:+86-431-12345678", "../about/",
                "../releases/", "../search/?q=x")) {
            assertContains(about, "href=\"" + href + "\"", href + " in " + about);
        }
    }

    @Test
    void markdownLinksImagesAndAutolinksFollowTheRuleAtTheirLine() {
        List<String> bad = new ArrayList<>();
        for (String u : Stream.of(SCHEMES, HOSTS, MAIL_AND_PHONE).flatMap(List::stream).toList()) {
            if (u.indexOf(' ') < 0 && u.indexOf('<') < 0 && u.indexOf('\\') < 0 && !u.isEmpty()) {
                bad.add("[文](" + u + ")");
            }
        }
        // what Markdown decodes before it is a destination: entities, escapes, pointy brackets, references
        bad.addAll(List.of("[文](&#106;avascript:alert(1))", "[文](&#x6A;avascript:alert(1))",
                "[文](javascript&colon;alert(1))", "[文](java&#x09;script:alert(1))", "[文](java&Tab;script:alert(1))",
                "[文](&#32;javascript:alert(1))", "[文](&#0;javascript:alert(1))", "[文](<java script:alert(1)>)",
                "[文](<javascript:alert(1)>)", "[文](\\javascript:alert(1))", "[文](//evil.example\\@x/)",
                "[文](https://a.example/&#x200b;)", "[文](https://a.example/&NewLine;)", "<javascript:alert(1)>",
                "<VBSCRIPT:msgbox(1)>", "<data:text/html,x>", "<file:///etc/passwd>", "[文][坏]",
                "[文](&#x2F;&#x5C;evil.example/)", "[文](https:&#x5C;&#x5C;evil.example/)"));
        List<String> images = List.of("![图](https://evil.example/a.png)", "![图](HTTP://evil.example/a.png)",
                "![图](//evil.example/a.png)", "![图](&#47;&#47;evil.example/a.png)",
                "![图](data:image/png;base64,iVBORw0KGgo=)", "![图](javascript:alert(1))",
                "![图](mailto:a@example.gov.cn)", "![图](https://evil.example/a.png \"标题\")", "![图][远]",
                "[![图](https://evil.example/a.png)](https://www.gov.cn/)", "![图](tel:123)");
        StringBuilder body = new StringBuilder("---\ntitle: 通报\ndate: 2023-05-10\n---\n");
        List<Integer> lines = new ArrayList<>();
        int line = 4;
        for (String s : Stream.concat(bad.stream(), images.stream()).toList()) {
            body.append('\n').append(s).append('\n');
            line += 2;
            lines.add(line);
        }
        body.append("\n[坏]: javascript:alert(1)\n[远]: https://evil.example/b.png\n");
        TestSite site = TestSite.minimal(dir).write("content/releases/a.md", body.toString());
        BuildResult r = site.build();
        assertEquals(List.of(), linesWithoutError(r, "content/releases/a.md", lines, "is not allowed: "), () ->
                "each must be an error at its line: " + String.join("\n", messages(r)));
        assertFalse(r.ok());
        for (String m : messages(r)) {
            assertTrue(m.chars().noneMatch(c -> c < 0x20 || c == 0x7f), "a message carries no raw control: " + m);
        }
    }

    @Test
    void ordinaryMarkdownAddressesPass() {
        TestSite site = TestSite.minimal(dir)
                .write("content/pages/about.md", "---\ntitle: 关于\n---\n\n正文。\n\n## 联系我们\n")
                .write("content/releases/a.md", """
                        ---
                        title: 通报
                        date: 2023-05-10
                        ---

                        见[政府网](https://www.gov.cn/)、[生态环境部](//www.mee.gov.cn/)、[信箱](mailto:contact@example.gov.cn)、
                        [电话](tel:+86-431-12345678)、[关于](../../about/)、[联系](../../about/#h-联系我们)、[附表](#h-附表)、
                        [大写](HTTPS://WWW.GOV.CN/)、[查询](../../search/?q=PM2.5)。自动链接 https://www.mee.gov.cn/ 与
                        <https://www.gov.cn/zhengce/>，邮件 contact@example.gov.cn。

                        ## 附表
                        """);
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of(), r.diagnostics());
        String html = site.read("releases/a/index.html");
        for (String href : List.of("https://www.gov.cn/", "//www.mee.gov.cn/", "mailto:contact@example.gov.cn",
                "tel:+86-431-12345678", "../../about/", "#h-附表", "https://WWW.GOV.CN/",
                "https://www.mee.gov.cn/", "https://www.gov.cn/zhengce/")) {
            assertContains(html, "href=\"" + href + "\"", href);
        }
    }

    @Test
    void frontMatterAddressesFollowTheRule() {
        TestSite site = TestSite.minimal(dir)
                .write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ncontact:\n"
                        + "  email: " + yamlQuoted("contact@example.gov.cn\u200b") + "\nsiteCode: \"1234567890\"\n");
        BuildResult settings = site.build();
        assertEquals(List.of("content/site.yaml:4:10: error: email 'contact@example.gov.cn\\u200B' cannot be "
                + "published as a mailto: address: it contains the blank or invisible character U+200B: remove it, or "
                + "write a space inside a path as %20"), messages(settings));

        site = TestSite.minimal(dir)
                .write("content/rounds.yaml", Sites.ROUND)
                .write("content/cases/a.md", "---\ntitle: 案例\nround: round2\nstatus: 持续推进\nimages:\n"
                        + "  - path: https://evil.example/a.png\n    alt: 图\n"
                        + "  - path: //evil.example/a.png\n    alt: 图\n"
                        + "  - path: HTTPS://evil.example/a.png\n    alt: 图\n"
                        + "  - path: " + yamlQuoted("javascript:alert(1)//a.png") + "\n    alt: 图\n"
                        + "---\n\n正文。\n")
                .write("content/tasks/t.yaml", "- id: \"1\"\n  round: round2\n  problem: 问题\n  status: 已完成\n"
                        + "  closure:\n    accepted: 2022-02-01\n    email: " + yamlQuoted("a@example.gov.cn\u0000") + "\n");
        BuildResult r = site.build();
        assertEquals(List.of(), linesWithoutError(r, "content/cases/a.md", List.of(6, 8, 10, 12), "is not allowed"),
                () -> messages(r).toString());
        assertEquals(List.of(), linesWithoutError(r, "content/tasks/t.yaml", List.of(7), "cannot be published"),
                () -> messages(r).toString());
        // and the control character of the last address, once more by the rule for every text
        assertEquals(6, messages(r).size(), () -> messages(r).toString());
    }

    @Test
    void theThemeCannotPublishARefusedAddressOrLoadFromElsewhere() {
        TestSite site = TestSite.minimal(dir)
                .write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: city\nsiteCode: \"1234567890\"\n")
                .write("themes/city/theme.yaml", "name: city\nextends: default\n")
                .write("themes/city/i18n/zh-CN.yaml", "helpLink: \"JavaScript:alert(1)\"\n")
                .write("themes/city/partials/footer.mustache", """
                        <footer><a href="{{t.helpLink}}">帮助</a>
                        <a href="java&#x09;script:alert(2)">二</a>
                        <a href="https://beian.miit.gov.cn/">备案</a>
                        <script src="https://cdn.example.com/x.js"></script>
                        <link rel="stylesheet" href="//cdn.example.com/x.css">
                        <link rel="alternate stylesheet" href="https://cdn.example.com/y.css">
                        <img srcset="a.png 1x, https://cdn.example.com/b.png 2x" alt="图">
                        <video poster="//cdn.example.com/p.png"></video>
                        <IMG SRC='https://cdn.example.com/c.png' alt=图>
                        <iframe src = //cdn.example.com/frame></iframe>
                        <a HREF = 'vbscript:msgbox(1)'>三</a>
                        </footer>
                        """);
        BuildResult r = site.build();
        assertFalse(r.ok());
        List<String> m = messages(r);
        for (String address : List.of("address 'JavaScript:alert(1)' is not allowed",
                "address 'java&#x09;script:alert(2)' is not allowed",
                "'https://cdn.example.com/x.js' is loaded from another server",
                "'//cdn.example.com/x.css' is loaded from another server",
                "'https://cdn.example.com/y.css' is loaded from another server",
                "'https://cdn.example.com/b.png' is loaded from another server",
                "'//cdn.example.com/p.png' is loaded from another server",
                "'https://cdn.example.com/c.png' is loaded from another server",
                "'//cdn.example.com/frame' is loaded from another server",
                "address 'vbscript:msgbox(1)' is not allowed")) {
            assertTrue(m.stream().anyMatch(s -> s.contains(address) && s.contains(" pages, first /")),
                    address + " in " + m);
        }
        assertTrue(m.stream().noneMatch(s -> s.contains("beian")), m::toString);
        assertTrue(m.stream().noneMatch(s -> s.contains("a.png")), m::toString);
    }

    @Test
    void aThemeStylesheetLoadsNothingFromElsewhere() {
        TestSite site = TestSite.minimal(dir)
                .write("content/site.yaml", "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\ntheme: city\nsiteCode: \"1234567890\"\n")
                .write("themes/city/theme.yaml", "name: city\nextends: default\n")
                .write("themes/city/assets/extra.css", """
                        @import "https://cdn.example.com/a.css";
                        body { background: url( '//cdn.example.com/bg.png' ); }
                        .a { background: URL(\\2f\\2f cdn.example.com/e.png); }
                        /* url(https://comment.example/) */ .b { background: url(ok.png); }
                        @font-face { src: url("javascript:x") }
                        """);
        List<String> m = messages(site.build());
        for (String css : List.of("themes/city/assets/extra.css:1:1: error: stylesheet address "
                        + "'https://cdn.example.com/a.css' is not allowed",
                "themes/city/assets/extra.css:2:20: error: stylesheet address '//cdn.example.com/bg.png'",
                "themes/city/assets/extra.css:3:18: error: stylesheet address '//cdn.example.com/e.png'",
                "themes/city/assets/extra.css:5:19: error: stylesheet address 'javascript:x' is not allowed")) {
            assertTrue(m.stream().anyMatch(s -> s.startsWith(css)), css + " in " + m);
        }
        assertTrue(m.stream().noneMatch(s -> s.contains("comment.example") || s.contains("ok.png")), m::toString);
        assertEquals(4, m.size(), m::toString);
    }
}
