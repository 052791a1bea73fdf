package org.disclose.render.chart;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

/** Every kind of chart, fed awkward data: it must always produce a valid, honest SVG and never throw. */
class ChartEdgeCasesTest {

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        List<Series> series = List.of(
                Samples.series("%", "2022年", "93.5"),
                Samples.series("件", "2020", "0", "2021", "0", "2022", "0"),
                Samples.series("个百分点", "2020", "-1", "2021", "-2.5", "2022", "-0.3"),
                Samples.series("万千瓦", "2020", "15000000", "2021", "14999999.99", "2022", "1"),
                Samples.series("微克/立方米", "甲", "0.0001", "乙", "0.00025"),
                Samples.series("", "甲", "1E+3", "乙", "-1E+3"),
                Samples.series("%"),
                Samples.withTarget(Samples.series("%", "2021", "5", "2022", "6", "2023", "7"), "100"),
                Samples.withTarget(Samples.series("%", "2021", "5", "2022", "6"), "-3"),
                new Series("<script>alert(1)</script> & \"引号\" '单'", "说明 <b>&amp;</b>", "<单位>",
                        Samples.points("<大气>", "1", "水&土", "2", "\"生态\"", "3"), null),
                Samples.complaintsByRegion());
        String[] names = {"single", "zeros", "negative", "huge", "tiny", "exponent", "empty", "target-above",
            "target-negative", "escaping", "regions"};
        for (ChartKind kind : ChartKind.values()) {
            for (int i = 0; i < series.size(); i++) {
                out.add(Arguments.of(kind, names[i], series.get(i)));
            }
        }
        return out.stream();
    }

    private static String render(ChartKind kind, Series s) {
        return kind.with(Samples.LABELS).render(s, "edge");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void alwaysAValidChartShowingEveryValueExactly(ChartKind kind, String name, Series s) {
        String svg = render(kind, s);
        SvgAssert.save("edge-" + kind.name().toLowerCase(Locale.ROOT) + "-" + name, svg);
        Element root = SvgAssert.check(svg, "edge");
        List<String> expected = s.points().stream().map(Point::valueText).toList();
        assertEquals(expected, SvgAssert.shownTexts(root, "chart-values"));
        assertEquals(s.title(), SvgAssert.childElements(root).get(0).getTextContent());
        assertEquals(s.description(), SvgAssert.childElements(root).get(1).getTextContent());
        if (kind != ChartKind.HORIZONTAL_BAR) {
            assertTrue(SvgAssert.all(root, "rect").stream().allMatch(r -> SvgAssert.num(r, "height") >= 0));
        } else {
            HorizontalBarChartTest.assertInsideViewBox(root);
        }
        if (s.hasTarget()) {
            assertContains(SvgAssert.shownTexts(root, "chart-target"), s.target().toPlainString());
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void markupFromTheCallerIsEscaped(ChartKind kind, String name, Series s) {
        String svg = render(kind, s);
        assertNotContains(svg, "<script", "no script element can be injected");
        for (String markup : new String[] {"<b>", "<大气>", "<单位>"}) {
            assertNotContains(svg, markup, "markup in the data is escaped");
        }
        if (name.equals("escaping")) {
            assertContains(svg, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引号&quot; &#39;单&#39;");
            assertContains(svg, "说明 &lt;b&gt;&amp;amp;&lt;/b&gt;");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void sameInputSameBytesWhateverTheDefaultLocale(ChartKind kind, String name, Series s) {
        Locale saved = Locale.getDefault();
        try {
            String first = render(kind, s);
            assertEquals(first, render(kind, s));
            for (Locale l : new Locale[] {Locale.GERMANY, Locale.forLanguageTag("ar-EG"),
                    Locale.forLanguageTag("hi-IN-u-nu-deva")}) {
                Locale.setDefault(l);
                assertEquals(first, render(kind, s), "locale " + l);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @ParameterizedTest
    @EnumSource(ChartKind.class)
    void aTargetOutsideTheDataWidensTheAxisToShowIt(ChartKind kind) {
        for (String target : new String[] {"100", "-3"}) {
            Series s = Samples.withTarget(Samples.series("%", "2021", "5", "2022", "6", "2023", "7"), target);
            Element root = SvgAssert.check(render(kind, s), "edge");
            List<BigDecimal> ticks = SvgAssert.shownTexts(root, "chart-axis").stream().map(BigDecimal::new).toList();
            BigDecimal t = s.target();
            assertTrue(ticks.stream().anyMatch(x -> x.compareTo(t) >= 0), ticks + " reach " + t);
            assertTrue(ticks.stream().anyMatch(x -> x.compareTo(t) <= 0), ticks + " reach " + t);
        }
    }
}
