package org.disclose.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Severity;
import org.disclose.markdown.Html;

/**
 * The pages the preview shows instead of the site: while the first build runs, and while the content has errors.
 * Every word that comes from the content (file names, messages quoting a value) is escaped. Like the site, they use
 * no inline script or style, so they work under the same Content-Security-Policy.
 */
final class StatusPages {

    private StatusPages() {
    }

    /** Shown until the first build has finished. */
    static byte[] building(String token) {
        return page(token, "正在构建预览", """
                <h1>正在构建预览 <span lang="en">Building the preview …</span></h1>
                <p>Disclose 正在构建网站，完成后本页会自动刷新。</p>
                """);
    }

    /**
     * Lists every diagnostic of the failed build. {@code lastGood} is the address of this page in the last build
     * that succeeded, or null when no build has succeeded yet.
     */
    static byte[] diagnostics(String token, List<Diagnostic> diagnostics, String lastGood) {
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        StringBuilder body = new StringBuilder(256 + diagnostics.size() * 160);
        body.append("<h1>内容有错误，预览未更新 <span lang=\"en\">The content has errors</span></h1>\n")
                .append("<p>Disclose 无法构建网站：").append(errors)
                .append(" 个错误。请按提示修改下列文件并保存，本页会自动刷新。</p>\n")
                .append("<p lang=\"en\">").append(String.format(Locale.ROOT, "%d error%s", errors,
                        errors == 1 ? "" : "s"))
                .append(". Correct the files below and save them: this page reloads by itself.</p>\n")
                .append("<ol class=\"diagnostics\" lang=\"en\">\n");
        for (Diagnostic d : diagnostics) {
            body.append("<li class=\"").append(d.severity().label()).append("\"><code>")
                    .append(Html.escape(d.pos().toString())).append("</code> <strong>")
                    .append(Html.escape(d.severity().label())).append("</strong>: ")
                    .append(Html.escape(d.message())).append("</li>\n");
        }
        body.append("</ol>\n");
        if (lastGood != null) {
            body.append("<p><a href=\"").append(Html.escape(lastGood))
                    .append("\">查看上一次成功构建的本页</a> <span lang=\"en\">(the last good build)</span></p>\n");
        } else {
            body.append("<p>还没有成功构建过的版本。</p>\n");
        }
        return page(token, "内容有错误", body.toString());
    }

    private static byte[] page(String token, String title, String body) {
        return ("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + " · Disclose 预览</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + PreviewServer.STYLE + "\">\n"
                + PreviewServer.reloadScript(token) + "</head>\n<body>\n<main>\n" + body
                + "</main>\n</body>\n</html>\n").getBytes(StandardCharsets.UTF_8);
    }
}
