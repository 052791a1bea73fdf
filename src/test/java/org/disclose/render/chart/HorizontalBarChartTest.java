package org.disclose.render.chart;

import static org.disclose.Contains.assertContains;
import static org.disclose.render.chart.SvgAssert.inGroup;
import static org.disclose.render.chart.SvgAssert.num;
import static org.disclose.render.chart.SvgAssert.shownTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class HorizontalBarChartTest {

    private final HorizontalBarChart chart = new HorizontalBarChart(Samples.LABELS);

    private Element render(Series s, String name) {
        String svg = chart.render(s, "hbar-" + name);
        SvgAssert.save("hbar-" + name, svg);
        return SvgAssert.check(svg, "hbar-" + name);
    }

    /** Every rectangle and every text (by the generous width estimate) lies inside the viewBox. */
    static void assertInsideViewBox(Element root) {
        double[] box = SvgAssert.viewBox(root);
        for (Element r : SvgAssert.all(root, "rect")) {
            assertTrue(num(r, "x") >= 0 && num(r, "x") + num(r, "width") <= box[2] + 0.1, "rect x inside");
            assertTrue(num(r, "y") >= 0 && num(r, "y") + num(r, "height") <= box[3] + 0.1, "rect y inside");
        }
        for (Element t : SvgAssert.all(root, "text")) {
            String what = "'" + SvgAssert.shown(t) + "' inside the viewBox " + box[2] + "x" + box[3];
            assertTrue(Layout.left(t) >= -0.1 && Layout.right(t) <= box[2] + 0.1, what);
            assertTrue(num(t, "y") - ChartStyle.FONT >= -0.1 && num(t, "y") + 8 <= box[3] + 0.1, what);
        }
        for (Element l : SvgAssert.all(root, "line")) {
            for (String a : new String[] {"x1", "x2"}) {
                assertTrue(num(l, a) >= 0 && num(l, a) <= box[2], "line inside");
            }
            for (String a : new String[] {"y1", "y2"}) {
                assertTrue(num(l, a) >= 0 && num(l, a) <= box[3], "line inside");
            }
        }
    }

    @Test
    void twentyLongChineseNamesStayInsideThePhoneWidthViewBox() {
        Element root = render(Samples.complaintsByRegion().withTarget(new BigDecimal("200")), "regions");
        assertEquals(640, SvgAssert.viewBox(root)[2], "many rows grow the chart downwards, not sideways");
        assertInsideViewBox(root);
        assertEquals(20, inGroup(root, "chart-bars").size());
        List<String> values = shownTexts(root, "chart-values");
        assertEquals("400", values.get(0));
        assertEquals("77", values.get(19));
    }

    @Test
    void aNameTooLongForTwoLinesIsCutWithTheFullNameInItsTitle() {
        Element root = render(Samples.complaintsByRegion(), "cut");
        String longest = Samples.CITIES[16];
        Element cut = inGroup(root, "chart-names").stream()
                .filter(t -> !SvgAssert.childElements(t).isEmpty()).findFirst().orElseThrow();
        assertTrue(SvgAssert.shown(cut).endsWith(TextFit.ELLIPSIS));
        assertEquals(longest, SvgAssert.childElements(cut).get(0).getTextContent());
        assertContains(shownTexts(root, "chart-names"), "延边朝鲜族自治州", "a name that fits is whole");
    }

    @Test
    void barLengthsAreProportional() {
        Element root = render(Samples.series("件", "生活污水", "100", "工业废气", "50", "噪声", "25.0"), "proportional");
        List<Element> bars = inGroup(root, "chart-bars");
        assertEquals(num(bars.get(0), "width") / 2, num(bars.get(1), "width"), 1.0);
        assertEquals(num(bars.get(0), "width") / 4, num(bars.get(2), "width"), 1.0);
        assertEquals(List.of("100", "50", "25.0"), shownTexts(root, "chart-values"));
        assertEquals("chart chart-hbar", root.getAttribute("class"));
    }

    @Test
    void targetIsAVerticalDashedLineLabelledAtTheTop() {
        Element root = render(Samples.withTarget(Samples.series("%", "长春市", "97.64", "吉林市", "79.4"), "95"),
                "target");
        Element dashed = inGroup(root, "chart-target").stream().filter(e -> e.hasAttribute("stroke-dasharray"))
                .findFirst().orElseThrow();
        assertEquals(num(dashed, "x1"), num(dashed, "x2"));
        assertEquals(List.of("目标", "95"), shownTexts(root, "chart-target"));
        assertInsideViewBox(root);
    }

    @Test
    void negativeValuesGrowLeftFromZeroAndHugeOnesStayInside() {
        Element root = render(Samples.series("万元", "甲", "-1", "乙", "15000000", "丙", "-250000.75"), "mixed");
        List<Element> bars = inGroup(root, "chart-bars");
        double zero = num(inGroup(root, "chart-zero").get(0), "x1");
        assertEquals(zero, num(bars.get(0), "x") + num(bars.get(0), "width"), 0.11);
        assertEquals(zero, num(bars.get(1), "x"), 0.11);
        assertEquals(List.of("-1", "15000000", "-250000.75"), shownTexts(root, "chart-values"));
        assertInsideViewBox(root);
        List<Element> ticks = inGroup(root, "chart-axis").stream()
                .filter(e -> e.getLocalName().equals("text")).toList();
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue(Layout.left(ticks.get(i)) >= Layout.right(ticks.get(i - 1)), "tick labels do not overlap");
        }
    }
}
