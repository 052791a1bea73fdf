package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.disclose.diag.SourcePos;
import org.disclose.model.figure.Batches;
import org.disclose.model.figure.CustomFigure;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.FigureUnit;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.PartsRule;
import org.disclose.model.figure.Qualifier;
import org.disclose.model.figure.Rounding;
import org.disclose.model.figure.StandardFigure;
import org.junit.jupiter.api.Test;

/** A {@code figures:} list read from any mapping, with what each figure takes from where it is declared. */
class FigureReaderTest {

    private static final FigureReader.Defaults BULLETIN = new FigureReader.Defaults("content/bulletins/b.md",
            new FigureScope("round3", Batches.through(13), null), PartialDate.parse("2023-11-25").orElseThrow());

    private final FigureLists lists = new FigureLists("b.yaml", BULLETIN);

    @Test
    void aFullyWrittenFigure() {
        Figure f = lists.read("""
                figures:
                  - {key: complaintsClosed, value: 4593, unit: 个, label: 已结案销号, asOf: 2023-04,
                     scope: {batches: 1-13, region: 长春市}, qualifier: 以上}
                """).figures().get(0);
        assertEquals(List.of(), lists.messages());
        assertEquals(StandardFigure.COMPLAINTS_CLOSED, f.key());
        assertEquals("已结案销号 4593个以上", f.display());
        assertEquals(PartialDate.month(2023, 4), f.asOf());
        assertEquals(new FigureScope("round3", Batches.range(1, 13), "长春市"), f.scope());
        assertEquals(new SourcePos("b.yaml", 2, 36), f.pos());
        assertEquals("content/bulletins/b.md", f.source().release());
    }

    @Test
    void whatAFigureLeavesOutItTakesFromTheVocabularyAndWhereItIsDeclared() {
        Figure f = lists.read("figures: [{key: complaintsClosed, value: 402}]").figures().get(0);
        assertEquals("已办结 402件", f.display());
        assertEquals(BULLETIN.scope(), f.scope());
        assertEquals(BULLETIN.asOf(), f.asOf());
        assertEquals(Rounding.HALF_UP, f.rounding());
    }

    @Test
    void theCompactFormReadsTheHedgeAndUnitPrintedWithTheNumber() {
        List<Figure> f = lists.read("""
                figures:
                  - {key: heldAccountable, value: 超过100}
                  - {key: closureRate, value: 97.64%, rounding: truncate}
                  - {key: fines, value: "1,234.50万元"}
                  - {key: closureRate, value: 94%以上}
                  - {key: interviewed, value: 约5}
                """).figures();
        assertEquals(List.of(), lists.messages());
        assertEquals(List.of("问责 超过100人", "办结率 97.64%", "罚款 1,234.50万元", "办结率 94%以上", "约谈 约5人"),
                f.stream().map(Figure::display).toList());
        assertEquals(Rounding.TRUNCATED, f.get(1).rounding());
        assertEquals(2, f.get(2).value().printedScale(), "the printed precision is kept");
    }

    @Test
    void theCompactFormRefusesWhatItWouldHaveToGuess() {
        for (String text : List.of("2万", "1.2亿", "100超过", "超过100以上", "45,93", "-5", "100辆", "约")) {
            assertEquals(Optional.empty(), FigureValueText.parse(text), text);
        }
        assertEquals(Optional.of(new FigureValueText(new BigDecimal("4593"), "件", Qualifier.AT_LEAST, true)),
                FigureValueText.parse("4,593件以上"));
    }

    @Test
    void anUnknownKeyIsACustomFigureWithItsUnitAndDeclaredParts() {
        FigureReader.Declared d = lists.read("""
                figures:
                  - {key: complaintsAssigned, value: 41, parts: [by-phone, by-letter]}
                  - {key: by-phone, value: 30, unit: 件, label: 来电}
                  - {key: by-letter, value: 11, unit: 封, label: 来信}
                """);
        assertEquals(List.of(), lists.messages());
        assertEquals(new CustomFigure("by-phone"), d.figures().get(1).key());
        assertEquals(FigureUnit.of("封"), d.figures().get(2).unit());
        assertEquals(List.of(new PartsRule(StandardFigure.COMPLAINTS_ASSIGNED,
                List.of(new CustomFigure("by-phone"), new CustomFigure("by-letter")), true)), d.rules());
    }

    @Test
    void aFigureThatCannotBeReadIsLeftOutAndUnknownFieldsAreWarnedAbout() {
        FigureReader.Declared d = lists.read("""
                figures:
                  - {key: complaintsClosed, value: 402, lable: 已办结}
                  - {key: fines, value: abc}
                """);
        assertEquals(1, d.figures().size());
        List<String> found = lists.messages();
        assertEquals(2, found.size(), found::toString);
        assertTrue(found.get(0).startsWith("b.yaml:2:41: warning: unknown field 'lable' in a figure"), found.get(0));
        assertTrue(found.get(1).startsWith("b.yaml:3:25: error: 'value' of the figure is 'abc'"), found.get(1));
    }
}
