package org.disclose.model.figure;

import static org.disclose.model.figure.Declared.figure;
import static org.disclose.model.figure.StandardFigure.ACCOUNTABLE_COUNTY_LEVEL;
import static org.disclose.model.figure.StandardFigure.ACCOUNTABLE_DEPARTMENT_LEVEL;
import static org.disclose.model.figure.StandardFigure.ACCOUNTABLE_TOWNSHIP_LEVEL;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_ASSIGNED;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_CLOSED;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_OPEN;
import static org.disclose.model.figure.StandardFigure.COMPLAINTS_PHASED;
import static org.disclose.model.figure.StandardFigure.HELD_ACCOUNTABLE;
import static org.disclose.model.figure.StandardFigure.NOT_VERIFIED;
import static org.disclose.model.figure.StandardFigure.VERIFIED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Parts add up to their total; a hedged or missing part leaves only a bound. */
class PartsOfTotalTest {

    private static final Figure ASSIGNED = figure(COMPLAINTS_ASSIGNED, "4704");
    private static final Figure CLOSED = figure(COMPLAINTS_CLOSED, "4593");
    private static final Figure PHASED = figure(COMPLAINTS_PHASED, "100");

    private static Optional<FigureFinding> complete(Figure total, Figure... parts) {
        return new PartsOfTotal(total, List.of(parts), List.of(), true).check();
    }

    private static String message(Optional<FigureFinding> finding) {
        return finding.orElseThrow().message();
    }

    @Test
    void partsThatAddUpPass() {
        assertEquals(Optional.empty(), complete(ASSIGNED, CLOSED, PHASED, figure(COMPLAINTS_OPEN, "11")));
    }

    @Test
    void aTotalThatDoesNotAgreeIsReportedAtTheTotal() {
        Optional<FigureFinding> finding = complete(ASSIGNED, CLOSED, PHASED, figure(COMPLAINTS_OPEN, "12"));
        assertEquals("交办 4704件 does not agree with its parts: 已办结 4593件 + 阶段性办结 100件 + 未办结 12件 = 4705件",
                message(finding));
        assertEquals(ASSIGNED.pos(), finding.orElseThrow().pos());
        assertEquals(3, finding.orElseThrow().disagreesWith().size());
    }

    @Test
    void theSeedsRanksAddUpToThoseHeldAccountable() {
        // 共问责118人,其中,厅局级干部8人,县处级干部51人,乡科级及以下干部59人
        assertEquals(Optional.empty(), complete(figure(HELD_ACCOUNTABLE, "118"),
                figure(ACCOUNTABLE_DEPARTMENT_LEVEL, "8"), figure(ACCOUNTABLE_COUNTY_LEVEL, "51"),
                figure(ACCOUNTABLE_TOWNSHIP_LEVEL, "59")));
    }

    @Test
    void aMissingPartLeavesTheGivenPartsAtMostTheTotal() {
        PartsOfTotal fits = new PartsOfTotal(ASSIGNED, List.of(CLOSED, PHASED), List.of("未办结"), true);
        assertEquals(Optional.empty(), fits.check());
        PartsOfTotal tooMany = new PartsOfTotal(ASSIGNED, List.of(CLOSED, figure(COMPLAINTS_PHASED, "200")),
                List.of("未办结"), true);
        assertEquals("交办 4704件 is less than its parts: 已办结 4593件 + 阶段性办结 200件 = 4793件 (未办结 not given)",
                message(tooMany.check()));
    }

    @Test
    void partsThatNeedNotCoverTheTotalOnlyBoundIt() {
        // Verdicts cover the cases verified so far: 3000 + 1000 of 4704 is no error, 3000 + 2000 is.
        PartsOfTotal fits = new PartsOfTotal(ASSIGNED, List.of(figure(VERIFIED, "3000"), figure(NOT_VERIFIED,
                "1000")), List.of(), false);
        assertEquals(Optional.empty(), fits.check());
        PartsOfTotal tooMany = new PartsOfTotal(ASSIGNED, List.of(figure(VERIFIED, "3000"), figure(NOT_VERIFIED,
                "2000")), List.of(), false);
        assertEquals("交办 4704件 is less than its parts: 属实 3000件 + 不属实 2000件 = 5000件", message(tooMany.check()));
    }

    @Test
    void aTotalAboveAFigureIsOnlyALowerBound() {
        Figure over = figure(HELD_ACCOUNTABLE, "100", Qualifier.OVER);
        List<Figure> ranks = List.of(figure(ACCOUNTABLE_DEPARTMENT_LEVEL, "8"), figure(ACCOUNTABLE_COUNTY_LEVEL, "51"),
                figure(ACCOUNTABLE_TOWNSHIP_LEVEL, "59"));
        assertEquals(Optional.empty(), new PartsOfTotal(over, ranks, List.of(), true).check());
        Figure overTooMuch = figure(HELD_ACCOUNTABLE, "120", Qualifier.OVER);
        assertEquals("问责 超过120人 is more than its parts: 厅局级 8人 + 县处级 51人 + 乡科级及以下 59人 = 118人",
                message(new PartsOfTotal(overTooMuch, ranks, List.of(), true).check()));
    }

    @Test
    void aTotalWithinAFigureIsOnlyAnUpperBound() {
        Figure within = figure(HELD_ACCOUNTABLE, "100", Qualifier.AT_MOST);
        assertEquals("问责 100人以内 is less than its parts: 厅局级 8人 + 县处级 51人 + 乡科级及以下 59人 = 118人",
                message(complete(within, figure(ACCOUNTABLE_DEPARTMENT_LEVEL, "8"),
                        figure(ACCOUNTABLE_COUNTY_LEVEL, "51"), figure(ACCOUNTABLE_TOWNSHIP_LEVEL, "59"))));
    }

    @Test
    void aPartAtLeastAFigureMakesTheSumALowerBound() {
        Figure open = figure(COMPLAINTS_OPEN, "11", Qualifier.AT_LEAST);
        assertEquals(Optional.empty(), complete(ASSIGNED, CLOSED, PHASED, open));
        Figure tooMany = figure(COMPLAINTS_OPEN, "20", Qualifier.AT_LEAST);
        assertEquals("交办 4704件 is less than its parts: 已办结 4593件 + 阶段性办结 100件 + 未办结 20件以上 = at least 4713件",
                message(complete(ASSIGNED, CLOSED, PHASED, tooMany)));
    }

    @Test
    void aPartWithinAFigureMakesTheSumAnUpperBound() {
        Figure open = figure(COMPLAINTS_OPEN, "11", Qualifier.AT_MOST);
        assertEquals("交办 4800件 is more than its parts: 已办结 4593件 + 阶段性办结 100件 + 未办结 11件以内 = "
                + "between 4693件 and 4704件", message(complete(figure(COMPLAINTS_ASSIGNED, "4800"), CLOSED, PHASED,
                open)));
    }

    @Test
    void anAboutFigureNeverMakesTheRelationFail() {
        assertEquals(Optional.empty(), complete(ASSIGNED, CLOSED, PHASED, figure(COMPLAINTS_OPEN, "50",
                Qualifier.ABOUT)));
        assertEquals(Optional.empty(), complete(figure(COMPLAINTS_ASSIGNED, "5000", Qualifier.ABOUT), CLOSED, PHASED,
                figure(COMPLAINTS_OPEN, "11")));
    }

    @Test
    void anAboutFigureDoesNotExcuseTheOtherParts() {
        // Whatever 约 stands for, 4593 + 200 is already more than 4704.
        assertEquals("交办 4704件 is less than its parts: 已办结 4593件 + 阶段性办结 200件 + 未办结 约10件 = at least 4793件",
                message(complete(ASSIGNED, CLOSED, figure(COMPLAINTS_PHASED, "200"), figure(COMPLAINTS_OPEN, "10",
                        Qualifier.ABOUT))));
    }

    @Test
    void partsInAnotherUnitCannotBeAdded() {
        Figure people = Declared.custom("petitioners", "来访", "12", FigureUnit.PERSON);
        assertEquals("交办 4704件 cannot be compared with 来访 12人: 件 and 人 do not convert",
                message(complete(ASSIGNED, CLOSED, people)));
    }

    /** A custom part whose unit was left off is where the finding goes: that is the figure to correct. */
    @Test
    void aPartWithoutAUnitIsTheOneToCorrect() {
        Figure bare = Declared.custom("by-phone", "来电", "30", FigureUnit.of(""));
        FigureFinding f = complete(ASSIGNED, CLOSED, bare).orElseThrow();
        assertEquals("交办 4704件 cannot be compared with 来电 30: 件 and a bare number (no unit) do not convert; give "
                + "来电 its unit", f.message());
        assertEquals(bare, f.figure());
    }
}
