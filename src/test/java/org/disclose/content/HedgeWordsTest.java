package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.disclose.model.figure.Batches;
import org.disclose.model.figure.FigureCheck;
import org.disclose.model.figure.FigureFinding;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.Qualifier;
import org.junit.jupiter.api.Test;

/**
 * The hedges sources print (余, 多, 以下, 近 besides 以上, 超过, 突破, 以内, 约) are read where Chinese writes them, shown
 * the same way, and enter relations only as the bound they state.
 */
class HedgeWordsTest {

    private final FigureLists lists = new FigureLists("b.yaml", new FigureReader.Defaults("b.yaml",
            FigureScope.round("round3").withBatches(Batches.through(13)), PartialDate.parse("2023-11-25").orElseThrow()));

    @Test
    void eachHedgeIsReadWhereChineseWritesIt() {
        assertEquals(new FigureValueText(new BigDecimal("4700"), "件", Qualifier.ODD, false),
                FigureValueText.parse("4700余件").orElseThrow());
        assertEquals(new FigureValueText(new BigDecimal("300"), "万元", Qualifier.ODD, false),
                FigureValueText.parse("300余万元").orElseThrow());
        assertEquals(new FigureValueText(new BigDecimal("100"), "人", Qualifier.MORE, false),
                FigureValueText.parse("100多人").orElseThrow());
        assertEquals(new FigureValueText(new BigDecimal("50"), "人", Qualifier.NEARLY, false),
                FigureValueText.parse("近50人").orElseThrow());
        assertEquals(new FigureValueText(new BigDecimal("5"), "%", Qualifier.NO_MORE_THAN, false),
                FigureValueText.parse("5%以下").orElseThrow());
        assertEquals(new FigureValueText(new BigDecimal("25"), "人", Qualifier.AROUND, false),
                FigureValueText.parse("25人左右").orElseThrow());
    }

    /** 1,234,500元 is shown as printed, thousands separators and all; the open data keeps the plain number. */
    @Test
    void aNumberPrintedWithThousandsSeparatorsIsShownSo() {
        List<String> shown = lists.read("""
                figures:
                  - {key: fines, value: "1,234,500元"}
                  - {key: fines, value: "1234500.5元", scope: {region: 长春市}}
                  - {key: complaintsAssigned, value: "4,700余"}
                """).figures().stream().map(f -> f.display()).toList();
        assertEquals(List.of(), lists.messages());
        assertEquals(List.of("罚款 1,234,500元", "罚款 1234500.5元", "交办 4,700余件"), shown);
    }

    @Test
    void aHedgeInTheWrongPlaceOrTwoHedgesAreNotANumberAsPrinted() {
        assertTrue(FigureValueText.parse("300万元余").isEmpty(), "余 follows the number, not the unit");
        assertTrue(FigureValueText.parse("超过100余").isEmpty(), "one hedge, not two");
        assertTrue(FigureValueText.parse("余100").isEmpty());
    }

    @Test
    void aHedgedFigureIsShownAsPrinted() {
        List<String> shown = lists.read("""
                figures:
                  - {key: complaintsAssigned, value: 4700余}
                  - {key: fines, value: 300余万元}
                  - {key: interviewed, value: 100多}
                  - {key: heldAccountable, value: 近50}
                """).figures().stream().map(f -> f.display()).toList();
        assertEquals(List.of(), lists.messages());
        assertEquals(List.of("交办 4700余件", "罚款 300余万元", "约谈 100多人", "问责 近50人"), shown);
    }

    /** 400余 closed is at least 400: with 61 and 18 that fits 481; 500余 cannot, whatever 余 hides. */
    @Test
    void aHedgedPartEntersTheSumOnlyAsItsBound() {
        String report = """
                figures:
                  - {key: complaintsAssigned, value: 481}
                  - {key: complaintsClosed, value: CLOSED}
                  - {key: complaintsPhased, value: 61}
                  - {key: complaintsOpen, value: 18}
                """;
        assertEquals(List.of(), check(report.replace("CLOSED", "400余")));
        List<FigureFinding> wrong = check(report.replace("CLOSED", "500余"));
        assertEquals(1, wrong.size());
        assertTrue(wrong.get(0).message().contains("500余"), wrong.get(0).message());
        assertEquals(List.of(), check(report.replace("CLOSED", "近402")), "近402 admits 402");
        assertEquals(1, check(report.replace("CLOSED", "近300")).size(), "近300 is at most 300: 379 < 481");
    }

    private List<FigureFinding> check(String yaml) {
        FigureReader.Declared d = lists.read(yaml);
        assertEquals(List.of(), lists.messages());
        return FigureCheck.check(d.figures(), d.rules());
    }

}
