package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.disclose.model.figure.Batches;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureCheck;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.FigureTable;
import org.disclose.model.figure.FigureValue;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.TableRows;
import org.junit.jupiter.api.Test;

/** A {@code tables:} list read beside {@code figures:}: its cells as figures, and each mistake at its cell or row. */
class FigureTableReaderTest {

    private static final FigureReader.Defaults BULLETIN = new FigureReader.Defaults("content/bulletins/b.md",
            new FigureScope("round3", Batches.single(12), null), PartialDate.parse("2023-11-21").orElseThrow());

    private static final String HEAD = """
            figures:
              - {key: complaintsAssigned, value: 41, label: 群众信访举报件}
              - {key: by-phone, value: 30, unit: 件, label: 来电}
            tables:
              - caption: 按地区分布
                rows: region
            """;

    private final FigureLists lists = new FigureLists("b.yaml", BULLETIN);

    @Test
    void eachCellIsAFigureOfItsColumnForItsRowAndADashIsNoValue() {
        FigureReader.Declared d = lists.read(HEAD + """
                    columns: [complaintsAssigned, by-phone, {key: by-letter, label: 来信, unit: 件}]
                    data:
                      - [长春市, 41, 超过28, -]
                      - [延边州, 0, '', ~]
                """);
        assertEquals(List.of(), lists.messages());
        FigureTable t = d.tables().get(0);
        assertEquals(TableRows.REGION, t.by());
        assertEquals(List.of("群众信访举报件", "来电", "来信"), t.columns().stream().map(c -> c.label()).toList());
        List<Figure> cells = t.figures();
        assertEquals(List.of("群众信访举报件 41件 (长春市, 第12批)", "来电 超过28件 (长春市, 第12批)",
                "群众信访举报件 0件 (延边州, 第12批)"), cells.stream().map(Figure::displayWithScope).toList());
        assertNull(t.rows().get(0).cells().get(2), "a dash is a value not given");
        assertEquals(5, d.figures().size(), "the two declared figures, then the three cells given");
        assertEquals(d.figures().get(0), t.counts().get(0), "no total row: checked against the figure beside it");
        assertEquals(3, d.rules().size(), "a total rule for each column");
    }

    @Test
    void typeRowsAreScopedToTheirTypeAsAFigureMayBe() {
        FigureReader.Declared d = lists.read("""
                figures:
                  - {key: complaintsAssigned, value: 5, scope: {type: 大气}}
                tables:
                  - {caption: 按类型, rows: type, columns: [complaintsAssigned], data: [[水, 3]]}
                """);
        assertEquals(List.of(), lists.messages());
        assertEquals(new FigureScope("round3", Batches.single(12), null, "大气"), d.figures().get(0).scope());
        assertEquals(new FigureScope("round3", Batches.single(12), null, "水"), d.figures().get(1).scope());
    }

    @Test
    void aRowOfTheWrongLength() {
        FigureReader.Declared d = lists.read(HEAD + """
                    columns: [complaintsAssigned, by-phone]
                    data:
                      - [长春市, 41]
                """);
        assertEquals(List.of("b.yaml:9:9: error: the row '长春市' has 1 values, but the table has 2 columns "
                + "(complaintsAssigned, by-phone): give one for each, and - where the source gives none"), lists.messages());
        assertEquals(List.of(), d.tables(), "a table with a mistake is left out whole");
        assertEquals(2, d.figures().size());
    }

    @Test
    void anUnknownColumnKey() {
        lists.read(HEAD + """
                    columns: [complaintsAssignd, by-phon]
                    data:
                      - [长春市, 41, 30]
                """);
        assertEquals(List.of("b.yaml:7:15: error: figure key 'complaintsAssignd' is not a standard figure, nor a "
                + "custom one: did you mean 'complaintsAssigned'? a custom key must be a slug (use only lower-case "
                + "letters a-z, digits 0-9 and '-' (not at the start or end), at most 100 characters)",
                "b.yaml:7:34: error: the column 'by-phon' is not a standard figure, nor one declared in 'figures': "
                + "declare it there with its label and unit, or write the column as {key: by-phon, label: 来电, "
                + "unit: 件}"), lists.messages());
    }

    @Test
    void aColumnGivenTwice() {
        lists.read(HEAD + """
                    columns: [by-phone, by-phone]
                    data:
                      - [长春市, 41, 30]
                """);
        assertEquals(List.of("b.yaml:7:25: error: the column 'by-phone' is given twice (first at b.yaml:7:15): a "
                + "table has one column for each figure"), lists.messages());
    }

    @Test
    void aRowGivenTwice() {
        lists.read(HEAD + """
                    columns: [complaintsAssigned]
                    data:
                      - [长春市, 41]
                      - [长春市, 40]
                """);
        assertEquals(List.of("b.yaml:10:10: error: the row '长春市' is given twice in the table: first at b.yaml:9:10"),
                lists.messages());
    }

    @Test
    void aCellThatIsNotANumberOrInAnotherUnit() {
        lists.read(HEAD + """
                    columns: [complaintsAssigned, by-phone]
                    data:
                      - [长春市, 四十一, 30人]
                """);
        assertEquals(List.of("b.yaml:9:15: error: '四十一' in the row '长春市', column 群众信访举报件 (complaintsAssigned) "
                + "is not a number as printed: write it as 12, 超过5 or 94%以上, or - where the source gives none",
                "b.yaml:9:20: error: '30人' in the row '长春市', column 来电 (by-phone) is printed in 人, which does "
                + "not convert to the column's unit 件"), lists.messages());
    }

    @Test
    void aRateByRegionIsCheckedInItsRowAndNeitherAddsUpNorBounds() {
        FigureReader.Declared d = lists.read("""
                tables:
                  - caption: 各地办结情况
                    rows: region
                    columns: [complaintsAssigned, complaintsClosed, closureRate]
                    data:
                      - [长春市, 10, 8, 80%]
                      - [吉林市, 10, 9, 90%]
                    total: [合计, 20, 17, 85%]
                """);
        assertEquals(List.of(), lists.messages());
        assertEquals(2, d.rules().size(), "no total rule for the rate");
        assertEquals(List.of(), FigureCheck.check(d.figures(), d.rules()));
        List<Figure> wrong = new ArrayList<>(d.figures());
        wrong.set(2, wrong.get(2).withValue(FigureValue.exact("70")));
        assertEquals(List.of("办结率 70% does not agree with 已办结 8件 ÷ 交办 10件 = 80% (half-up to 0 decimals)"),
                FigureCheck.check(wrong, d.rules()).stream().map(f -> f.message()).toList());
    }
}
