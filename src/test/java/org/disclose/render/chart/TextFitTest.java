package org.disclose.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextFitTest {

    private static final double F = ChartStyle.FONT;

    @Test
    void chineseIsOneEmAndDigitsAreNarrower() {
        assertEquals(2 * F, TextFit.width("大气"), 1e-9);
        assertEquals(4 * 0.6 * F + F, TextFit.width("2022年"), 1e-9);
        assertEquals(F, TextFit.width("（"), 1e-9);
    }

    @Test
    void wrapsByCharacterAndCutsTheRestWithAnEllipsis() {
        TextFit.Lines fits = TextFit.wrap("延边朝鲜族自治州", 4 * F, 2);
        assertEquals(List.of("延边朝鲜", "族自治州"), fits.lines());
        assertFalse(fits.cut());
        TextFit.Lines cut = TextFit.wrap("长白山保护开发区管理委员会", 4 * F, 2);
        assertEquals(List.of("长白山保", "护开发…"), cut.lines());
        assertTrue(cut.cut());
        assertEquals("长白山保护开发区管理委员会", cut.fullTextAt(1, "长白山保护开发区管理委员会"));
        assertEquals(null, cut.fullTextAt(0, "长白山保护开发区管理委员会"));
    }

    @Test
    void neverSplitsASurrogatePairOrLoopsOnTinyWidths() {
        TextFit.Lines lines = TextFit.wrap("𬌗𬌗𬌗", 1, 5);
        assertEquals(List.of("𬌗", "𬌗", "𬌗"), lines.lines());
        TextFit.Lines empty = TextFit.wrap("", 100, 2);
        assertEquals(List.of(""), empty.lines());
    }
}
