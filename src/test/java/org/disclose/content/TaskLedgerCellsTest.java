package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a ledger's cells are split and read: numbering is removed only where it surely is numbering. */
class TaskLedgerCellsTest {

    @Test
    void numberedLinesLoseTheirNumbersInEachStyle() {
        assertEquals(List.of("加快管网建设", "推进雨污分流"), TaskLedgerCells.measures("1.加快管网建设\n2. 推进雨污分流"));
        assertEquals(List.of("加快管网建设", "推进雨污分流"), TaskLedgerCells.measures("1、加快管网建设\r\n2、推进雨污分流"));
        assertEquals(List.of("加快管网建设", "推进雨污分流"), TaskLedgerCells.measures("（1）加快管网建设\n\n(2)推进雨污分流"));
        assertEquals(List.of("加快管网建设", "推进雨污分流"), TaskLedgerCells.measures("①加快管网建设\n②推进雨污分流"));
    }

    @Test
    void anythingLessThanSureNumberingIsKeptAsWritten() {
        // one line: 1.5万吨 is a figure, not a number 1
        assertEquals(List.of("1.5万吨污水处理能力扩容"), TaskLedgerCells.measures("1.5万吨污水处理能力扩容"));
        assertEquals(List.of("1.加快管网建设"), TaskLedgerCells.measures("1.加快管网建设"));
        // numbers out of order, styles mixed, a line without a number, a decimal
        assertEquals(List.of("2.加快", "1.推进"), TaskLedgerCells.measures("2.加快\n1.推进"));
        assertEquals(List.of("1.加快", "（2）推进"), TaskLedgerCells.measures("1.加快\n（2）推进"));
        assertEquals(List.of("1.加快", "推进"), TaskLedgerCells.measures("1.加快\n推进"));
        assertEquals(List.of("1.5万吨", "2.3公里"), TaskLedgerCells.measures("1.5万吨\n2.3公里"));
        assertEquals(List.of("2023年完成", "2024年验收"), TaskLedgerCells.measures("2023年完成\n2024年验收"));
    }

    @Test
    void unitsAreSplitAtEachSeparator() {
        assertEquals(List.of("省生态环境厅", "省住房城乡建设厅", "省水利厅", "省林草局", "省农业农村厅"),
                TaskLedgerCells.units("省生态环境厅、省住房城乡建设厅，省水利厅;省林草局\n省农业农村厅"));
        assertEquals(List.of(), TaskLedgerCells.units(""));
    }

    @Test
    void aWorkbooksDayNumberIsTheDayItStandsFor() {
        assertEquals("2023-05-10", TaskLedgerCells.date("45056", true));
        assertEquals("2022-12-31", TaskLedgerCells.date("44926.5", true));
        assertEquals("45056", TaskLedgerCells.date("45056", false));
        assertEquals("长期坚持", TaskLedgerCells.date("长期坚持", true));
        assertEquals("2023", TaskLedgerCells.date("2023", true));
    }
}
