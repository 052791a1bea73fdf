package org.disclose.render.chart;

import static org.disclose.render.chart.SvgAssert.inGroup;
import static org.disclose.render.chart.SvgAssert.num;
import static org.disclose.render.chart.SvgAssert.shownTexts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class LineChartTest {

    private final LineChart chart = new LineChart(Samples.LABELS);

    private Element render(Series s, String name) {
        String svg = chart.render(s, "line-" + name);
        SvgAssert.save("line-" + name, svg);
        return SvgAssert.check(svg, "line-" + name);
    }

    private static List<Element> dots(Element root) {
        return inGroup(root, "chart-line").stream().filter(e -> e.getLocalName().equals("circle")).toList();
    }

    @Test
    void everyPointCarriesItsExactValue() {
        Element root = render(Samples.series("%", "2019年", "88.7", "2020年", "91.2", "2021年", "93.5", "2022年",
                "93.49"), "values");
        assertEquals(List.of("88.7", "91.2", "93.5", "93.49"), shownTexts(root, "chart-values"));
        assertEquals(List.of("2019年", "2020年", "2021年", "2022年"), shownTexts(root, "chart-categories"));
        assertEquals("chart chart-line", root.getAttribute("class"));
        assertEquals(4, dots(root).size());
        Element polyline = inGroup(root, "chart-line").get(0);
        assertEquals(4, polyline.getAttribute("points").split(" ").length);
    }

    @Test
    void pointsArePlacedInProportionToTheirValues() {
        Element root = render(Samples.series("微克/立方米", "2019", "40", "2020", "30", "2021", "25", "2022", "35"),
                "proportional");
        List<Element> dots = dots(root);
        double perUnit = (num(dots.get(0), "cy") - num(dots.get(1), "cy")) / (40 - 30);
        assertEquals(perUnit * (25 - 35), num(dots.get(2), "cy") - num(dots.get(3), "cy"), 0.2);
        for (int i = 1; i < dots.size(); i++) {
            assertTrue(num(dots.get(i), "cx") > num(dots.get(i - 1), "cx"), "time runs left to right");
        }
    }

    @Test
    void theRangeNeedNotStartAtZeroButTheTicksStateIt() {
        Element root = render(Samples.series("%", "2020", "90.2", "2021", "92.4", "2022", "93.5"), "range");
        List<BigDecimal> ticks = shownTexts(root, "chart-axis").stream().map(BigDecimal::new).toList();
        assertTrue(ticks.get(0).signum() > 0, "a narrow band of high values is not squashed against zero");
        assertTrue(ticks.get(0).compareTo(new BigDecimal("90.2")) <= 0);
        assertTrue(ticks.get(ticks.size() - 1).compareTo(new BigDecimal("93.5")) >= 0);
        assertTrue(ScaleTest.isNice(ticks.get(1).subtract(ticks.get(0))));
    }

    @Test
    void valuesThatReachHalfwayToZeroGetAZeroBasedAxis() {
        Element root = render(Samples.series("件", "2020", "10", "2021", "30", "2022", "25"), "zero");
        assertEquals("0", shownTexts(root, "chart-axis").get(0));
    }

    @Test
    void targetIsDashedAndLabelled() {
        Element root = render(Samples.withTarget(Samples.series("微克/立方米", "2019", "33", "2020", "28", "2021",
                "25", "2022", "26"), "35"), "target");
        assertTrue(inGroup(root, "chart-target").stream().anyMatch(e -> e.hasAttribute("stroke-dasharray")));
        assertEquals(List.of("目标", "35"), shownTexts(root, "chart-target"));
    }

    @Test
    void aDipIsLabelledBelowAndAPeakAbove() {
        List<Point> p = Samples.points("2020", "5", "2021", "1", "2022", "9");
        assertTrue(LineChart.labelAbove(p, 0));
        assertTrue(!LineChart.labelAbove(p, 1));
        assertTrue(LineChart.labelAbove(p, 2));
        Element root = render(new Series("t", "d", "", p, null), "dip");
        List<Element> values = inGroup(root, "chart-values");
        List<Element> dots = dots(root);
        assertTrue(num(values.get(1), "y") > num(dots.get(1), "cy"), "below the dip");
        assertTrue(num(values.get(2), "y") < num(dots.get(2), "cy"), "above the peak");
    }

    @Test
    void aSinglePointIsADotWithItsValue() {
        Element root = render(Samples.series("%", "2022年", "93.5"), "single");
        assertEquals(1, dots(root).size());
        assertTrue(SvgAssert.all(root, "polyline").isEmpty());
        assertEquals(List.of("93.5"), shownTexts(root, "chart-values"));
    }
}
