package org.disclose.render.chart;

import static org.disclose.render.chart.SvgAssert.inGroup;
import static org.disclose.render.chart.SvgAssert.num;
import static org.disclose.render.chart.SvgAssert.shownTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class BarChartTest {

    private final BarChart chart = new BarChart(Samples.LABELS);

    private Element render(Series s, String name) {
        String svg = chart.render(s, "bar-" + name);
        SvgAssert.save("bar-" + name, svg);
        return SvgAssert.check(svg, "bar-" + name);
    }

    @Test
    void everyValueIsPrintedExactlyAsGiven() {
        Element root = render(Samples.series("%", "大气", "97.64", "水", "79.4", "土壤", "25", "生态", "93.50"), "values");
        assertEquals(List.of("97.64", "79.4", "25", "93.50"), shownTexts(root, "chart-values"));
        assertEquals(List.of("大气", "水", "土壤", "生态"), shownTexts(root, "chart-categories"));
        assertEquals(List.of("单位：%"), shownTexts(root, "chart-caption"));
        assertEquals("chart chart-bar", root.getAttribute("class"));
        assertEquals(640, SvgAssert.viewBox(root)[2], "a few short categories keep the phone-legible width");
    }

    @Test
    void barsAreProportionalAndStartAtZero() {
        Element root = render(Samples.series("件", "甲", "100", "乙", "50", "丙", "0"), "proportional");
        List<Element> bars = inGroup(root, "chart-bars");
        double h100 = num(bars.get(0), "height");
        double h50 = num(bars.get(1), "height");
        assertEquals(h100 / 2, h50, 1.0);
        assertEquals(0, num(bars.get(2), "height"), 0.01);
        double bottom = num(bars.get(0), "y") + h100;
        assertEquals(bottom, num(bars.get(1), "y") + h50, 0.11, "bars stand on one baseline");
        assertEquals("0", shownTexts(root, "chart-axis").get(0), "the axis starts at zero");
        Element zero = inGroup(root, "chart-zero").get(0);
        assertEquals(bottom, num(zero, "y1"), 0.11);
    }

    @Test
    void ticksAreRoundNumbersThatReachEveryValue() {
        Element root = render(Samples.series("万千瓦", "风电", "1234.5", "光伏", "987", "水电", "377"), "ticks");
        List<BigDecimal> ticks = shownTexts(root, "chart-axis").stream().map(BigDecimal::new).toList();
        assertEquals(BigDecimal.ZERO, ticks.get(0));
        assertTrue(ticks.get(ticks.size() - 1).compareTo(new BigDecimal("1234.5")) >= 0);
        BigDecimal step = ticks.get(1).subtract(ticks.get(0));
        assertTrue(ScaleTest.isNice(step), "step " + step);
        for (int i = 1; i < ticks.size(); i++) {
            assertEquals(0, step.compareTo(ticks.get(i).subtract(ticks.get(i - 1))), "even steps");
        }
    }

    @Test
    void targetIsADashedLabelledLineAtItsValue() {
        Element root = render(Samples.withTarget(Samples.series("%", "2021年", "100", "2022年", "50"), "90"), "target");
        List<Element> target = inGroup(root, "chart-target");
        Element dashed = target.stream().filter(e -> e.hasAttribute("stroke-dasharray")).findFirst().orElseThrow();
        assertEquals(ChartStyle.TARGET, dashed.getAttribute("stroke"));
        assertEquals(num(dashed, "y1"), num(dashed, "y2"));
        Element full = inGroup(root, "chart-bars").get(0);
        double zero = num(full, "y") + num(full, "height");
        assertEquals(zero - 0.9 * num(full, "height"), num(dashed, "y1"), 1.0);
        assertEquals(List.of("目标", "90"), shownTexts(root, "chart-target"));
        double right = SvgAssert.viewBox(root)[2];
        for (Element text : SvgAssert.all(root, "text")) {
            assertTrue(Layout.right(text) <= right + 0.5, "text within the viewBox: " + SvgAssert.shown(text));
        }
    }

    @Test
    void negativeBarsHangBelowZeroWithTheirLabelBeneath() {
        Element root = render(Samples.series("个百分点", "大气", "-1", "水", "3.5"), "negative");
        List<Element> bars = inGroup(root, "chart-bars");
        double zeroY = num(inGroup(root, "chart-zero").get(0), "y1");
        assertEquals(zeroY, num(bars.get(0), "y"), 0.11, "the negative bar starts at zero and goes down");
        assertEquals(zeroY, num(bars.get(1), "y") + num(bars.get(1), "height"), 0.11);
        Element minus = inGroup(root, "chart-values").get(0);
        assertEquals("-1", SvgAssert.shown(minus));
        assertTrue(num(minus, "y") > num(bars.get(0), "y") + num(bars.get(0), "height"));
        assertTrue(new BigDecimal(shownTexts(root, "chart-axis").get(0)).compareTo(BigDecimal.ONE.negate()) <= 0);
    }

    @Test
    void longCategoryNamesAreWrappedAndCutWithTheFullNameKept() {
        String longName = "中韩（长春）国际合作示范区管理委员会";
        Element root = render(Samples.series("件", longName, "12", "长春市", "30", "吉林市", "25", "四平市", "8"), "long");
        List<Element> names = inGroup(root, "chart-categories");
        assertTrue(names.stream().anyMatch(t -> SvgAssert.shown(t).endsWith(TextFit.ELLIPSIS)));
        Element cut = names.stream().filter(t -> SvgAssert.shown(t).endsWith(TextFit.ELLIPSIS)).findFirst()
                .orElseThrow();
        assertEquals(longName, SvgAssert.childElements(cut).get(0).getTextContent());
        assertEquals(ChartKind.HORIZONTAL_BAR,
                Charts.choose(Samples.series("件", longName, "12", "长春市", "30", "吉林市", "25", "四平市", "8")),
                "choose() prefers horizontal bars when names would be cut");
    }
}
