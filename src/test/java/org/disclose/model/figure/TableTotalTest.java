package org.disclose.model.figure;

import static org.disclose.model.figure.Declared.figure;
import static org.disclose.model.figure.StandardFigure.FINES;
import static org.disclose.model.figure.StandardFigure.HELD_ACCOUNTABLE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A table's total row is the sum of its rows, after converting units. */
class TableTotalTest {

    private static Figure row(StandardFigure key, String value, FigureUnit unit, String region) {
        return figure(key, value).withUnit(unit).withScope(FigureScope.WHOLE.inRegion(region));
    }

    private static final List<Figure> FINES_BY_CITY = List.of(row(FINES, "8000000", FigureUnit.YUAN, "长春市"),
            row(FINES, "4345000", FigureUnit.YUAN, "吉林市"));

    @Test
    void rowsInYuanAddUpToATotalInTenThousandYuan() {
        // 罚款 1234.5万元 = 12,345,000元
        assertEquals(Optional.empty(), new TableTotal(figure(FINES, "1234.5"), FINES_BY_CITY).check());
    }

    @Test
    void aWrongTotalRowIsReportedAtItInItsOwnUnit() {
        Figure total = figure(FINES, "1243.5");
        Optional<FigureFinding> finding = new TableTotal(total, FINES_BY_CITY).check();
        assertEquals("罚款 1243.5万元 does not agree with its rows: 长春市 8000000元 + 吉林市 4345000元 = 1234.5万元", finding.orElseThrow().message());
        assertEquals(total.pos(), finding.orElseThrow().pos());
    }

    @Test
    void aNationalSummaryByProvince() {
        List<Figure> provinces = List.of(row(HELD_ACCOUNTABLE, "118", FigureUnit.PERSON, "吉林省"),
                row(HELD_ACCOUNTABLE, "0", FigureUnit.PERSON, "西藏自治区"),
                row(HELD_ACCOUNTABLE, "95", FigureUnit.PERSON, "山东省"));
        assertEquals(Optional.empty(), new TableTotal(figure(HELD_ACCOUNTABLE, "213"), provinces).check());
        assertEquals("问责 212人 does not agree with its rows: 吉林省 118人 + 西藏自治区 0人 + 山东省 95人 = 213人", new TableTotal(figure(HELD_ACCOUNTABLE, "212"), provinces).check().orElseThrow()
                        .message());
    }
}
