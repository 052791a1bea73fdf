package org.disclose.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ChartsTest {

    @Test
    void threeOrMorePeriodsInOrderMakeALine() {
        assertEquals(ChartKind.LINE, Charts.choose(Samples.series("%", "2020", "1", "2021", "2", "2022年", "3")));
        assertEquals(ChartKind.LINE, Charts.choose(Samples.series("%", "2023年1月", "1", "2023年2月", "2",
                "2023-03", "3")));
        assertEquals(ChartKind.LINE, Charts.choose(Samples.series("%", "2022Q4", "1", "2023年第1季度", "2",
                "2023Q2", "3")));
    }

    @Test
    void fewerPeriodsCategoriesOrDisorderMakeBars() {
        assertEquals(ChartKind.BAR, Charts.choose(Samples.series("%", "2021", "1", "2022", "2")));
        assertEquals(ChartKind.BAR, Charts.choose(Samples.series("%", "2022", "1", "2021", "2", "2023", "3")));
        assertEquals(ChartKind.BAR, Charts.choose(Samples.series("%", "大气", "1", "水", "2", "土壤", "3")));
        assertEquals(ChartKind.BAR, Charts.choose(Samples.series("%", "2021", "1", "2021年3月", "2", "2022", "3")),
                "a year and a month are not one kind of period");
        assertEquals(ChartKind.BAR, Charts.choose(Samples.series("%")), "nothing to show is still a chart");
    }

    @Test
    void manyOrLongCategoriesMakeHorizontalBars() {
        assertEquals(ChartKind.HORIZONTAL_BAR, Charts.choose(Samples.complaintsByRegion()));
        assertEquals(ChartKind.HORIZONTAL_BAR, Charts.choose(Samples.series("件", "甲", "1", "乙", "2", "丙", "3",
                "丁", "4", "戊", "5", "己", "6", "庚", "7", "辛", "8", "壬", "9", "癸", "10")));
    }

    @Test
    void periodKeysGrowWithTime() {
        assertEquals(OptionalLong.of(202100), Period.key("2021"));
        assertEquals(OptionalLong.of(202200), Period.key(" 2022年 "));
        assertEquals(OptionalLong.of(202305), Period.key("2023年5月"));
        assertEquals(OptionalLong.of(202305), Period.key("2023-05"));
        assertEquals(OptionalLong.of(202320), Period.key("2023Q1"));
        assertEquals(OptionalLong.of(202380), Period.key("2023年第四季度"));
        assertEquals(OptionalLong.of(202340), Period.key("2023年第2季度"));
        assertEquals(OptionalLong.empty(), Period.key("2023-13"));
        assertEquals(OptionalLong.empty(), Period.key("大气"));
        assertEquals(OptionalLong.empty(), Period.key("12345"));
    }

    @Test
    void renderDrawsTheChosenKind() {
        String svg = Charts.render(Samples.series("%", "2020", "1", "2021", "2", "2022", "3"), "c", Samples.LABELS);
        assertTrue(SvgAssert.check(svg, "c").getAttribute("class").endsWith("chart-line"));
        assertTrue(ChartKind.HORIZONTAL_BAR.with(Samples.LABELS) instanceof HorizontalBarChart);
    }

    @Test
    void labelsComeFromTheThemeByKey() {
        ChartLabels labels = ChartLabels.fromTheme(key -> switch (key) {
            case ChartLabels.TARGET_KEY -> "目标值";
            case ChartLabels.UNIT_KEY -> "单位：";
            default -> key;
        });
        assertEquals(new ChartLabels("目标值", "单位："), labels);
        assertEquals("", labels.caption(""), "no unit, no caption");
    }
}
