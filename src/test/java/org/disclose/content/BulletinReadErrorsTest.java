package org.disclose.content;

import static org.disclose.content.BulletinSites.build;
import static org.disclose.content.BulletinSites.plant;
import static org.disclose.content.BulletinSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What cannot be read in a bulletin or its figures is an error where it was written. */
class BulletinReadErrorsTest {

    private static final String BANLI = "content/bulletins/banli-1-13.md";

    @TempDir
    Path dir;

    private List<String> planted(String text, String planted) {
        return build(plant(site(dir, "banli"), BANLI, text, planted));
    }

    @Test
    void aValueThatIsNoNumber() {
        assertEquals(List.of(BANLI + ":9:36: error: 'value' of the figure is '四百零二', which is not a number as printed: "
                + "write it as 4593, 97.64%, 超过100 or 94%以上, and give the unit in 'unit' when it is not one of 件, 个, "
                + "项, 人, 人次, 家, 元, 万元, 亿元, %"), planted("value: 402}", "value: 四百零二}"));
    }

    @Test
    void aMultiplierIsNoUnitToGuessAt() {
        assertEquals(List.of(BANLI + ":9:36: error: 'value' of the figure is '4万', which is not a number as printed: "
                + "write it as 4593, 97.64%, 超过100 or 94%以上, and give the unit in 'unit' when it is not one of 件, 个, "
                + "项, 人, 人次, 家, 元, 万元, 亿元, %"), planted("value: 402}", "value: 4万}"));
    }

    @Test
    void aUnitThatIsNotOneOfTheStandardFigure() {
        assertEquals(List.of(BANLI + ":19:39: error: '人' is not a unit of 罚款 (fines): use 元 or 万元 or 亿元"),
                planted("unit: 万元}", "unit: 人}"));
    }

    @Test
    void aUnitPrintedWithTheValueAndAnotherGiven() {
        assertEquals(List.of(BANLI + ":19:41: error: 'unit' is '元', but the value is printed in '万元': give the unit "
                + "once"), planted("value: 312.45, unit: 万元}", "value: 312.45万元, unit: 元}"));
    }

    /** A source may print a bare number: a custom figure needs no unit, so none has to be made up. */
    @Test
    void aCustomFigureWithoutAUnitIsABareNumber() {
        assertEquals(List.of(), planted("complaintsClosed, value: 402", "sealed, value: 402"));
    }

    @Test
    void aKeyThatIsNeitherStandardNorASlug() {
        assertEquals(List.of(BANLI + ":9:11: error: figure key 'complaintsClosd' is not a standard figure, nor a "
                + "custom one: did you mean 'complaintsClosed'? a custom key must be a slug (use only lower-case letters a-z, "
                + "digits 0-9 and '-' (not at the start or end), at most 100 characters)"),
                planted("complaintsClosed,", "complaintsClosd,"));
    }

    @Test
    void aBadAsOfDate() {
        assertEquals(List.of(BANLI + ":9:47: error: 'asOf' is not a valid date: '2023-13'; write it as YYYY-MM-DD, "
                + "YYYY-MM or YYYY"), planted("value: 402}", "value: 402, asOf: 2023-13}"));
    }

    @Test
    void aPublicationDateIsADay() {
        assertEquals(List.of(BANLI + ":5:7: error: 'date' of the bulletin is '2023-11': write the day it was published "
                + "as YYYY-MM-DD"), planted("date: 2023-11-25", "date: 2023-11"));
    }

    @Test
    void aBadRangeOfBatches() {
        assertEquals(List.of(BANLI + ":4:10: error: 'batches' is '13-1': write a range of batches from 1 upwards, "
                + "first to last, such as 1-13"), planted("batches: 1-13", "batches: 13-1"));
    }

    @Test
    void aScopeGivingTwoKindsOfBatches() {
        assertEquals(List.of(BANLI + ":9:68: error: give only one of 'batch', 'batches' and 'through', not 'batch' and "
                + "'through'"), planted("value: 402}", "value: 402, scope: {batch: 3, through: 3}}"));
    }

    @Test
    void anUnknownRound() {
        assertEquals(List.of(BANLI + ":3:8: error: unknown round 'round9' (known: round3)"),
                planted("round: round3", "round: round9"));
    }

    /** Reported at the figure's value, where every finding about a figure is. */
    @Test
    void anUnknownRoundInAFiguresScope() {
        assertEquals(List.of(BANLI + ":9:36: error: unknown round 'round9' (known: round3)"),
                planted("value: 402}", "value: 402, scope: {round: round9}}"));
    }

    @Test
    void aHedgeGivenTwiceOtherwise() {
        assertEquals(List.of(BANLI + ":23:52: error: 'qualifier' is '约', but the value is printed with '超过': give "
                + "the hedge once"), planted("value: 超过28}", "value: 超过28, qualifier: 约}"));
    }

    @Test
    void anUnknownKindOfBulletin() {
        assertEquals(List.of(BANLI + ":2:7: error: 'kind' of the bulletin is '通报', which is not allowed; use one of: "
                + "交办, 办理"), planted("kind: 办理", "kind: 通报"));
    }

    @Test
    void personalDataInABulletinIsRefusedAsAnywhereInContent() {
        assertEquals(List.of(BANLI + ":31:62: error: a mobile number (139****5678) must not be published: remove it, "
                + "or if it is an official hotline add it to publicContacts in content/site.yaml"),
                planted("问责超过28人", "问责超过28人，举报人电话13912345678"));
    }

    @Test
    void anAsOfDateAfterTheBulletinIsAnErrorAndAMonthThatHoldsItsDayIsNot() {
        assertEquals(List.of(), planted("value: 402}", "value: 402, asOf: 2023-11}"));
        assertEquals(List.of(BANLI + ":9:47: error: 'asOf' is 2023-12, after 2023-11-25, the date of what declares "
                + "it: a source cannot state figures for a later date"),
                planted("value: 402}", "value: 402, asOf: 2023-12}"));
    }
}
