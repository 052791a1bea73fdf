package org.disclose.security;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.disclose.security.Sites.linesWithoutError;
import static org.disclose.security.Sites.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disclose.TestSite;
import org.disclose.pipeline.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code allowHtml: true} lets through formatting only: scripts, event handlers, styles, frames, objects, forms,
 * media, addresses refused by the rule and images from other servers are each an error at their line.
 */
class RawHtmlTest {

    private static final String SETTINGS = "title: 测试站点\nbaseUrl: https://test.example.gov.cn/\nallowHtml: true\nsiteCode: \"1234567890\"\n";

    /** Each alone in a paragraph of its own; some are HTML blocks, some inline HTML within text. */
    static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<scr<script>ipt>alert(1)</script>",
            "正文<img src=x onerror=alert(1) alt=图>正文",
            "<img src=\"a.png\" alt=\"图\" ONERROR=\"alert(1)\">",
            "<img src=\"a.png\" alt=\"图\" onerror\n=alert(1)>",
            "正文<a href=\"jav&#x09;ascript:alert(1)\">文</a>",
            "正文<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">文</a>",
            "正文<a href=\"&#x6a&#x61vascript:alert(1)\">文</a>",
            "正文<a href=\"javascript&colon;alert(1)\">文</a>",
            "正文<a href=' javascript:alert(1)'>文</a>",
            "正文<a href=javascript:alert(1)>文</a>",
            "正文<a href=\"vbscript:msgbox(1)\">文</a>",
            "正文<a href=\"data:text/html;base64,PHNjcmlwdD4=\">文</a>",
            "正文<a href=\"https://user:pw@evil.example/\">文</a>",
            "<p style=\"color:red\">文</p>",
            "<p STYLE=\"background:url(https://evil.example/x)\">文</p>",
            "<iframe src=\"https://evil.example/\"></iframe>",
            "<svg onload=alert(1)></svg>",
            "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
            "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
            "<img src=\"https://evil.example/a.png\" alt=\"图\">",
            "<img src=\"//evil.example/a.png\" alt=\"图\">",
            "<img src=\"HTTP://evil.example/a.png\" alt=\"图\">",
            "<img src=\"&#47;&#47;evil.example/a.png\" alt=\"图\">",
            "<form action=\"https://evil.example/\"><input name=q></form>",
            "<object data=\"x.swf\"></object>",
            "<embed src=\"x.swf\">",
            "正文<a href=\"https://www.gov.cn/\" target=\"_blank\">文</a>",
            "正文<a href=\"https://www.gov.cn/\" onmouseover=\"alert(1)\">文</a>",
            "<details open ontoggle=alert(1)>x</details>",
            "<style>body{display:none}</style>",
            "<link rel=stylesheet href=//evil.example/x.css>",
            "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
            "<base href=\"//evil.example/\">",
            "<video src=\"x.mp4\"></video>",
            "<audio src=\"x.mp3\"></audio>",
            "<p>正文 <span onclick=\"alert(1)\">文</span></p>",
            "<p class=\"demo-banner\">假横幅</p>",
            "<div id=\"main\">抢占页面的 id</div>",
            "<table><tr><td onclick=\"alert(1)\">格</td></tr></table>",
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
            "<!-- 注释 --><script>alert(1)</script>",
            "<template><script>alert(1)</script></template>",
            "<textarea><script>alert(1)</script></textarea>",
            "<body onload=alert(1)>",
            "<frameset><frame src=\"https://evil.example/\"></frameset>",
            "<isindex action=javascript:alert(1)>",
            "<a href=\"https://www.gov.cn/\" ping=\"https://evil.example/\">文</a>",
            "<blockquote cite=\"javascript:alert(1)\">引文</blockquote>",
            "<img src=\"a.png\" srcset=\"https://evil.example/a.png 2x\" alt=\"图\">");

    @TempDir
    Path dir;

    @Test
    void everythingButFormattingIsAnErrorAtItsLineAndNeverPublished() {
        StringBuilder body = new StringBuilder("---\ntitle: 通报\ndate: 2023-05-10\n---\n");
        List<Integer> lines = new ArrayList<>();
        int line = 4;
        for (String html : HOSTILE) {
            body.append('\n').append(html).append('\n');
            lines.add(line + 2);
            line += 2 + (int) html.chars().filter(c -> c == '\n').count();
        }
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", SETTINGS)
                .write("content/releases/a.md", body.toString());
        BuildResult r = site.build();
        assertFalse(r.ok());
        assertEquals(List.of(), linesWithoutError(r, "content/releases/a.md", lines, "not allowed"),
                () -> "each must be an error at its line:\n" + String.join("\n", messages(r)));
    }

    @Test
    void aRawImageMustBeAFileOfTheSite() {
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", SETTINGS)
                .write("content/releases/a.md", "---\ntitle: 通报\ndate: 2023-05-10\n---\n\n"
                        + "<img src=\"../../cases/x.png\" alt=\"图\">\n");
        List<String> m = messages(site.build());
        assertEquals(List.of("content/releases/a.md:6:1: error: link '../../cases/x.png' points to /cases/x.png, "
                + "which the site does not have (on /releases/a/index.html)"), m);
    }

    @Test
    void harmlessFormattingPassesUnchanged() {
        TestSite site = TestSite.minimal(dir).write("content/site.yaml", SETTINGS)
                .write("content/releases/a.md", "---\ntitle: 通报\ndate: 2023-05-10\n---\n\n"
                        + "<b>粗体</b>与<sup>2</sup>、<abbr title=\"细颗粒物\">PM2.5</abbr>、<kbd>Ctrl</kbd>。\n\n"
                        + "<table>\n<tr><th scope=\"col\">项目</th></tr>\n<tr><td colspan=\"2\">内容</td></tr>\n"
                        + "</table>\n\n<a href=\"https://www.gov.cn/\" title=\"政府网\">政府网</a>\n\n"
                        + "<details><summary>展开</summary>内容</details>\n\n## 附表\n\n[表](#h-附表) *强调*\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        assertEquals(List.of(), r.diagnostics());
        String html = site.read("releases/a/index.html");
        for (String kept : List.of("<b>粗体</b>", "<sup>2</sup>", "<abbr title=\"细颗粒物\">PM2.5</abbr>",
                "<kbd>Ctrl</kbd>", "<th scope=\"col\">项目</th>", "<td colspan=\"2\">内容</td>",
                "<a href=\"https://www.gov.cn/\" title=\"政府网\">政府网</a>", "<summary>展开</summary>",
                "<h2 id=\"h-附表\">附表</h2>", "<a href=\"#h-附表\">表</a>", "<em>强调</em>",
                "<div class=\"table-scroll\"")) {
            assertContains(html, kept, kept + " in\n" + html);
        }
    }

    @Test
    void withoutAllowHtmlEveryTagIsText() {
        TestSite site = TestSite.minimal(dir)
                .write("content/releases/a.md", "---\ntitle: 通报\ndate: 2023-05-10\n---\n\n"
                        + String.join("\n\n", HOSTILE) + "\n");
        BuildResult r = site.build();
        assertTrue(r.ok(), r.diagnostics()::toString);
        String html = site.read("releases/a/index.html");
        // the article as the content wrote it: the theme's own furniture after it (the QR code's <svg>) is not content
        String main = html.substring(html.indexOf("<main"), html.indexOf("</article>")).toLowerCase(Locale.ROOT);
        for (String tag : List.of("<script", "<img", "<iframe", "<svg", "<style", "<form", "<object", "<embed",
                "<meta", "<base", "<video", "<link", "<p style")) {
            assertNotContains(main, tag, tag);
        }
    }
}
