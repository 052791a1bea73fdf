package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.disclose.model.figure.CustomFigure;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.RateRule;
import org.disclose.model.figure.RunningTotalRule;
import org.disclose.model.figure.StandardFigure;
import org.disclose.model.figure.SubsetRule;
import org.junit.jupiter.api.Test;

/** The relations a figure of a {@code figures:} list declares besides {@code parts:}, and their errors. */
class FigureRelationReaderTest {

    private static final FigureReader.Defaults CASE = new FigureReader.Defaults("content/cases/a.md",
            FigureScope.round("round2"), PartialDate.parse("2023-06-15").orElseThrow());

    private final FigureLists lists = new FigureLists("a.yaml", CASE);

    @Test
    void eachRelationBecomesItsRule() {
        FigureReader.Declared d = lists.read("""
                figures:
                  - {key: fund, value: 4000万元}
                  - {key: paid, value: 120万元, subsetOf: fund}
                  - {key: paid-rate, value: 3.0%, rateOf: {part: paid, whole: fund}}
                  - {key: by-phone, value: 300, runningTotal: true}
                  - {key: complaintsKey, value: 3, subsetOf: complaintsAssigned}
                  - {key: complaintsAssigned, value: 41}
                """);
        assertEquals(List.of(), lists.messages());
        CustomFigure fund = new CustomFigure("fund");
        CustomFigure paid = new CustomFigure("paid");
        assertEquals(List.of(new SubsetRule(paid, fund), new RateRule(new CustomFigure("paid-rate"), paid, fund),
                new RunningTotalRule(new CustomFigure("by-phone")),
                new SubsetRule(StandardFigure.COMPLAINTS_KEY, StandardFigure.COMPLAINTS_ASSIGNED)), d.rules());
        assertEquals(6, d.figures().size());
    }

    @Test
    void aRateWithoutItsWholeIsLeftOutAfterAnError() {
        FigureReader.Declared d = lists.read("""
                figures:
                  - {key: paid, value: 120万元}
                  - {key: paid-rate, value: 3.0%, rateOf: {part: paid}}
                """);
        assertEquals(List.of("a.yaml:3:43: error: 'rateOf' (the part and the whole this rate is of) is missing the "
                + "required field 'whole'"), lists.messages());
        assertEquals(1, d.figures().size());
        assertEquals(List.of(), d.rules());
    }

    @Test
    void aRelationToAKeyNoFigureOfTheListDeclaresIsLocated() {
        lists.read("""
                figures:
                  - {key: fund, value: 4000万元}
                  - {key: paid, value: 120万元, subsetOf: fnud}
                """);
        assertEquals(List.of("a.yaml:3:41: error: the relation names 'fnud', which no figure of this list declares: "
                + "relations are between figures of one list; declared keys are fund, paid"), lists.messages());
    }

    @Test
    void aMistypedStandardKeyInARelationIsCaught() {
        lists.read("""
                figures:
                  - {key: complaintsKey, value: 3, subsetOf: complaintAssigned}
                  - {key: complaintsAssigned, value: 41}
                """);
        assertEquals(List.of("a.yaml:2:46: error: figure key 'complaintAssigned' is not a standard figure, nor a custom "
                + "one: did you mean 'complaintsAssigned'? a custom key must be a slug (" + org.disclose.text.Slugs.rule()
                + ")", "a.yaml:2:46: error: the relation names 'complaintAssigned', which no figure of this list declares: "
                + "relations are between figures of one list; declared keys are complaintsKey, complaintsAssigned"),
                lists.messages());
    }
}
