package org.disclose.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.model.Bulletin;
import org.disclose.model.BulletinKind;
import org.disclose.model.Complaint;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.ComplaintRecords;
import org.disclose.model.Content;
import org.disclose.model.WorkingCalendar;
import org.disclose.model.ContentDate;
import org.disclose.model.Resolution;
import org.disclose.model.Verdict;
import org.disclose.model.figure.Batches;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureScope;
import org.disclose.model.figure.FigureValue;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.StandardFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records are evidence, not a requirement: bulletin figures are checked against the complaint rows of their scope
 * where rows exist for every batch of it and can speak for the figure's date, and stand as declared where not.
 */
class FiguresAgainstRecordsTest {

    private static final Path EXAMPLES = TestSite.PROJECT.resolve("src/test/resources/figures");
    private static final String HEADER = TestSite.COMPLAINT_HEADER;
    private static final String JIAOBAN12 = "content/bulletins/jiaoban-12.md";

    @TempDir
    Path dir;

    /** The 交办 and 办理 examples with rows for batches 11 (38 cases) and 12 (41 cases, 10 of them in 乙市). */
    private TestSite site() {
        TestSite site = TestSite.minimal(dir);
        copy(site, "jiaoban");
        copy(site, "banli");
        return site.write("content/complaints/b11.yaml", "batch: 11\nassigned: 2023-11-20\nround: round3\n")
                .write("content/complaints/b11.csv", rows("X11", 38, 0))
                .write("content/complaints/b12.yaml", "batch: 12\nassigned: 2023-11-21\nround: round3\n")
                .write("content/complaints/b12.csv", rows("X12", 41, 10));
    }

    /** {@code n} cases, the first {@code inYi} of them in 乙市 and 属实 and 已办结, the rest in 甲市 and 不属实. */
    private static String rows(String prefix, int n, int inYi) {
        StringBuilder s = new StringBuilder(HEADER);
        for (int i = 1; i <= n; i++) {
            boolean yi = i <= inYi;
            s.append(i).append(',').append(prefix).append(String.format("%02d", i)).append(",反映某企业排放废气,")
                    .append(yi ? "乙市" : "甲市").append(",大气,经核实,").append(yi ? "属实" : "不属实")
                    .append(",整改到位,已整改,").append(yi ? "已办结" : "阶段性办结").append(",无\n");
        }
        return s.toString();
    }

    private static void copy(TestSite site, String example) {
        Path from = EXAMPLES.resolve(example);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                site.write(from.relativize(p).toString().replace('\\', '/'), Files.readString(p,
                        StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestSite plant(TestSite site, String file, String text, String planted) {
        try {
            String s = Files.readString(site.root().resolve(file), StandardCharsets.UTF_8);
            if (s.indexOf(text) < 0 || s.indexOf(text) != s.lastIndexOf(text)) {
                throw new AssertionError("'" + text + "' is not in " + file + " exactly once");
            }
            return site.write(file, s.replace(text, planted));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> build(TestSite site) {
        return site.build().diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aFigureThatAgreesWithTheRowsPasses() {
        assertEquals(List.of(), build(site()));
    }

    @Test
    void aFigureThatDoesNotAgreeIsAnErrorAtTheFigureNamingTheRows() {
        TestSite s = site().write("content/complaints/b12.csv", rows("X12", 40, 10));
        assertEquals(List.of("content/bulletins/jiaoban-12.md:10:12: error: 群众信访举报件 41件 (第12批) does not agree "
                + "with the complaint records: content/complaints/b12.csv has 40 cases in batch 12"), build(s));
    }

    /** A release that names batches is held to their rows as a bulletin is: one rule for every declared figure. */
    @Test
    void aReleasesFigureForABatchIsComparedWithItsRows() {
        String release = """
                ---
                title: 第12批交办信访件办理进展
                date: 2023-11-30
                round: round3
                figures:
                  - {key: complaintsClosed, value: VALUE, label: 已办结, scope: {batch: 12}}
                ---
                正文。
                """;
        assertEquals(List.of(), build(site().write("content/releases/r.md", release.replace("VALUE", "10"))));
        assertEquals(List.of("content/releases/r.md:6:36: error: 已办结 11件 (第12批) does not agree with the complaint "
                + "records: content/complaints/b12.csv has 10 cases marked 已办结 in batch 12"),
                build(site().write("content/releases/r.md", release.replace("VALUE", "11"))));
    }

    @Test
    void aFigureForBatchesWithoutRowsIsNotCompared() {
        // 办理 for batches 1–13: rows exist only for 11 and 12, so its 交办 481 and 已办结 402 stand as declared.
        TestSite s = site();
        assertEquals(List.of(), build(s));
        assertEquals(List.of(), build(plant(s, "content/bulletins/banli-1-13.md", "{key: complaintsAssigned, value: 481,",
                "{key: complaintsAssigned, value: 481, scope: {through: 13},")));
    }

    @Test
    void aRegionScopedFigureCountsOnlyThatRegionsRows() {
        TestSite s = plant(site(), JIAOBAN12, "  - {key: complaintsKey, value: 3, label: 重点}",
                "  - {key: complaintsKey, value: 3, label: 重点}\n"
                        + "  - {key: complaintsAssigned, value: 10, label: 乙市交办, scope: {region: 乙市}}");
        assertEquals(List.of(), build(s));
        plant(s, JIAOBAN12, "value: 10, label: 乙市交办", "value: 11, label: 乙市交办");
        assertEquals(List.of("content/bulletins/jiaoban-12.md:17:38: error: 乙市交办 11件 (乙市, 第12批) does not agree "
                + "with the complaint records: content/complaints/b12.csv has 10 cases in 乙市 in batch 12"), build(s));
    }

    @Test
    void handlingFiguresAreComparedAtTheLatestStatementOnly() {
        // A 办理 bulletin for batch 12 as of the latest date: compared; the rows mark 10 cases 已办结.
        TestSite s = site().write("content/bulletins/banli-12.md", "---\nkind: 办理\nround: round3\nbatch: 12\n"
                + "date: 2023-11-26\ntitle: 第12批交办信访件办理情况\nfigures:\n"
                + "  - {key: complaintsAssigned, value: 41}\n  - {key: complaintsClosed, value: 10}\n"
                + "  - {key: complaintsPhased, value: 31}\n  - {key: verified, value: 超过9}\n"
                + "  - {key: notVerified, value: 31}\n---\n第12批办理情况。\n");
        assertEquals(List.of(), build(s));
        plant(s, "content/bulletins/banli-12.md", "value: 10}\n  - {key: complaintsPhased, value: 31}",
                "value: 12}\n  - {key: complaintsPhased, value: 29}");
        assertEquals(List.of("content/bulletins/banli-12.md:9:36: error: 已办结 12件 (第12批) does not agree with the "
                + "complaint records: content/complaints/b12.csv has 10 cases marked 已办结 in batch 12",
                "content/bulletins/banli-12.md:10:36: error: 阶段性办结 29件 (第12批) does not agree with the "
                + "complaint records: content/complaints/b12.csv has 31 cases marked 阶段性办结 in batch 12"), build(s));
        // A later statement of handling for the round: the rows no longer speak for 2023-11-26.
        s.write("content/bulletins/banli-1-13.md", read(s, "content/bulletins/banli-1-13.md")
                .replace("date: 2023-11-25", "date: 2023-11-27"));
        assertEquals(List.of(), build(s));
    }

    @Test
    void aPageMayClaimAgreementOnlyWhenAComparisonWasMade() {
        Complaint c = new Complaint("1", "X1201", "反映", "乙市", List.of(), "经核实", Verdict.TRUE, "整改", "已整改",
                Resolution.CLOSED, "无", null, null, 12, null);
        ComplaintBatch b12 = new ComplaintBatch(12, ContentDate.parse("2023-11-21").orElseThrow(), "round3", true,
                List.of(c), null);
        assertTrue(ComplaintRecords.anyCompared(content(b12, Batches.single(12))));
        assertFalse(ComplaintRecords.anyCompared(content(b12, Batches.through(13))), "no rows for 1–11 and 13");
        assertFalse(ComplaintRecords.anyCompared(content(null, Batches.single(12))), "no rows at all");
    }

    private static Content content(ComplaintBatch batch, Batches scope) {
        Figure assigned = Figure.of(StandardFigure.COMPLAINTS_ASSIGNED, FigureValue.exact("1"), null)
                .withScope(FigureScope.round("round3").withBatches(scope))
                .withAsOf(PartialDate.day(LocalDate.of(2023, 11, 21)));
        Bulletin bulletin = new Bulletin("jiaoban-12", BulletinKind.values()[0], "round3", scope,
                LocalDate.of(2023, 11, 21), "交办", null, List.of(assigned), List.of(), List.of(), "", false, null);
        return new Content(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                batch == null ? List.of() : List.of(batch), List.of(bulletin), WorkingCalendar.NONE);
    }

    private static String read(TestSite s, String file) {
        try {
            return Files.readString(s.root().resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
