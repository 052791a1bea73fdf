package org.disclose.render.chart;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Realistic charts, checked and written to target/chart-examples/ with an index.html that inlines them in a page the
 * way the site would, for a human to look at (also at 320 px wide).
 */
class ChartExamplesTest {

    @Test
    void writeExamples() throws IOException {
        Series pm25 = Samples.withTarget(Series.of("细颗粒物（PM2.5）年均浓度",
                "2019年至2022年，全省细颗粒物年均浓度由33微克/立方米降至25微克/立方米，低于35微克/立方米的目标。",
                "微克/立方米", Samples.points("2019年", "33", "2020年", "28", "2021年", "25.6", "2022年", "25")),
                "35");
        Series goodDays = Samples.withTarget(Series.of("地级及以上城市空气质量优良天数比例",
                "2021年为91.2%，2022年为93.5%，均高于90%的目标。", "%",
                Samples.points("2021年", "91.2", "2022年", "93.5")), "90");
        Series tasks = Series.of("各领域整改任务完成率", "大气领域97.64%，水领域79.4%，土壤领域100%，生态领域93.5%。", "%",
                Samples.points("大气", "97.64", "水", "79.4", "土壤", "100", "生态", "93.5"));
        Series change = Series.of("重点流域断面水质同比变化", "第一季度下降1个百分点，其余季度上升。", "个百分点",
                Samples.points("2022Q4", "2.1", "2023Q1", "-1", "2023Q2", "0.8", "2023Q3", "1.6"));
        Series capacity = Series.of("新能源装机容量", "风电与光伏装机。", "万千瓦",
                Samples.points("风电", "1500", "光伏", "1150.3", "生物质", "97.64"));

        StringBuilder html = new StringBuilder("<!doctype html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width\"><title>Chart examples</title></head>\n"
                + "<body><p>Each chart at full width, then in a 320 px column.</p>\n");
        int n = 0;
        Map<String, String> saved = new LinkedHashMap<>();
        for (Series s : new Series[] {pm25, goodDays, tasks, change, capacity, Samples.complaintsByRegion()}) {
            n++;
            ChartKind kind = Charts.choose(s);
            String id = "example-" + n;
            String svg = Charts.render(s, id, Samples.LABELS);
            SvgAssert.check(svg, id);
            String file = id + "-" + kind.name().toLowerCase(java.util.Locale.ROOT);
            SvgAssert.save(file, svg);
            saved.put(file, svg);
            html.append("<figure><figcaption>").append(Svg.escape(s.title())).append(" (").append(kind)
                    .append(")</figcaption>\n").append(svg).append("<div><div>").append(
                            Charts.render(s, id + "-narrow", Samples.LABELS))
                    .append("</div></div></figure>\n");
        }
        html.append("</body></html>\n");
        // CSS lives only here, in the viewing page; the charts themselves carry none.
        String page = html.toString().replace("</head>", "<style>svg{display:block;width:100%;height:auto;"
                + "max-width:640px} figure div{width:320px}</style></head>");
        Files.createDirectories(SvgAssert.EXAMPLES);
        Files.writeString(SvgAssert.EXAMPLES.resolve("index.html"), page, StandardCharsets.UTF_8);
        // what was written: each chart in its own file, and in the page at both widths
        String written = Files.readString(SvgAssert.EXAMPLES.resolve("index.html"), StandardCharsets.UTF_8);
        assertEquals(6, saved.size(), saved::toString);
        for (Map.Entry<String, String> e : saved.entrySet()) {
            assertEquals(e.getValue(), Files.readString(SvgAssert.EXAMPLES.resolve(e.getKey() + ".svg"),
                    StandardCharsets.UTF_8), e.getKey() + ".svg");
            assertContains(written, e.getValue(), "index.html shows " + e.getKey());
        }
        for (int i = 1; i <= 6; i++) {
            assertContains(written, "id=\"example-" + i + "-narrow-title\"", "index.html shows chart " + i + " narrow");
        }
        assertEquals(ChartKind.LINE, Charts.choose(pm25));
        assertEquals(ChartKind.BAR, Charts.choose(goodDays));
        assertEquals(ChartKind.HORIZONTAL_BAR, Charts.choose(Samples.complaintsByRegion()));
    }
}
