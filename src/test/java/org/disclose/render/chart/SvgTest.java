package org.disclose.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SvgTest {

    @Test
    void escapesMarkupAndQuotesAndDropsWhatXmlForbids() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;",
                Svg.escape("<script>alert(\"x\")</script> & '"));
        assertEquals("ab", Svg.escape("a\u0000\u0007b"));
        assertEquals("a\tb\n", Svg.escape("a\tb\n"));
        assertEquals("𬌗", Svg.escape("𬌗"), "a supplementary character (in some place names) is kept");
        assertEquals("x", Svg.escape("x\uD800"), "a lone surrogate is dropped");
    }

    @Test
    void coordinatesArePlainAndShort() {
        assertEquals("0", Svg.num(0));
        assertEquals("0", Svg.num(-0.04), "never -0");
        assertEquals("12.3", Svg.num(12.34));
        assertEquals("-3", Svg.num(-3.0));
        assertEquals("640", Svg.num(640));
        assertEquals("0", Svg.num(Double.NaN));
        assertEquals("0", Svg.num(Double.POSITIVE_INFINITY));
        assertEquals("1000000000000", Svg.num(1e300));
    }

    @Test
    void idPrefixMustBeUsableInAriaLabelledby() {
        for (String bad : new String[] {null, "", "1abc", "a b", "a\"b", "图表", "a:b"}) {
            assertThrows(IllegalArgumentException.class, () -> new Svg("bar", bad, 1, 1, "", ""), bad);
        }
        new Svg("bar", "air-quality_2022", 1, 1, "", "");
        new Svg("bar", "chart-" + "a".repeat(100), 1, 1, "", "");
    }
}
