package org.disclose.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.disclose.diag.Crash;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.markdown.Markdown;
import org.disclose.model.Accountability;
import org.disclose.model.Bulletin;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.Content;
import org.disclose.model.Indicator;
import org.disclose.model.Page;
import org.disclose.model.Release;
import org.disclose.model.Round;
import org.disclose.model.Task;
import org.disclose.model.TypicalCase;
import org.disclose.model.WorkingCalendar;

/** Reads all of {@code content/}, each file on whichever core is free; the result is in a stable order. */
public final class ContentReader {

    private static final String COMPLAINTS = "complaints";
    private static final String CASES = "cases";
    private static final String TASKS = "tasks";
    private static final String RELEASES = "releases";
    private static final String[] TASK_EXTENSIONS = {".yaml", ".yml", ".csv", ".xlsx", ".xls", ".et"};

    private final ContentFiles files;
    private final Markdown markdown;
    private final ReadCache cache;
    private Crash.Units units;
    private UnreadFiles unread;

    /** @param cache what earlier builds of this session read ({@link ReadCache#NONE} to read everything) */
    public ContentReader(ContentFiles files, Markdown markdown, ReadCache cache) {
        this.files = files;
        this.markdown = markdown;
        this.cache = cache;
    }

    /**
     * @param drafts   include content marked draft
     * @param lastDay  leave out releases dated after this day (reported as a note), or null to include them
     */
    public Content read(boolean drafts, LocalDate lastDay, Diagnostics diagnostics) {
        units = new Crash.Units(diagnostics);
        unread = new UnreadFiles(files);
        ReleaseReader releaseReader = new ReleaseReader(files, markdown);
        List<Release> releases = readAll(RELEASES, diagnostics,
                (f, d) -> releaseReader.read(f, files.shown(f), d), ".md").stream()
                .filter(r -> drafts || !r.draft())
                .filter(r -> published(r, lastDay, diagnostics))
                .sorted(Comparator.comparing(Release::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Release::slug))
                .collect(Collectors.toUnmodifiableList());
        PageReader pageReader = new PageReader(files, markdown);
        List<Page> pages = readAll("pages", diagnostics,
                (f, d) -> pageReader.read(f, files.shown(f), d), ".md").stream()
                .filter(p -> drafts || !p.draft())
                .toList();
        List<Round> rounds = guarded(files.file("rounds.yaml"), diagnostics,
                d -> Optional.of(RoundReader.read(files, d))).orElse(List.of());
        List<Task> tasks = readAll(TASKS, diagnostics, (f, d) -> Optional.of(tasks(f, d)), TASK_EXTENSIONS).stream()
                .flatMap(List::stream)
                .collect(Collectors.toUnmodifiableList());
        CaseReader caseReader = new CaseReader(files, markdown);
        List<TypicalCase> cases = readAll(CASES, diagnostics,
                (f, d) -> caseReader.read(f, files.shown(f), d), ".md");
        List<Accountability> accountability = guarded(files.file("accountability.yaml"), diagnostics,
                d -> Optional.of(AccountabilityReader.read(files, d))).orElse(List.of());
        List<Indicator> indicators = readAll("indicators", diagnostics,
                (f, d) -> Optional.of(IndicatorReader.read(files, f, d)), ".yaml", ".yml").stream()
                .flatMap(List::stream)
                .collect(Collectors.toUnmodifiableList());
        boolean complaintsFit = SiteComplaintLimits.tablesFit(files, diagnostics);
        List<ComplaintBatch> complaints = !complaintsFit ? List.of() : readAll(COMPLAINTS, diagnostics,
                (f, d) -> ComplaintReader.read(files, f, d), ".csv", ".xlsx", ".xls", ".et").stream()
                .sorted(Comparator.comparing(ComplaintBatch::round).thenComparingInt(ComplaintBatch::number))
                .collect(Collectors.toUnmodifiableList());
        SiteComplaintLimits.casesFit(complaints, diagnostics);
        BulletinReader bulletinReader = new BulletinReader(files, markdown);
        List<Bulletin> bulletins = readAll("bulletins", diagnostics,
                (f, d) -> bulletinReader.read(f, files.shown(f), d), ".md").stream()
                .filter(b -> drafts || !b.draft())
                .sorted(Comparator.comparing(Bulletin::round).thenComparing(Bulletin::date)
                        .thenComparing(Bulletin::slug))
                .collect(Collectors.toUnmodifiableList());
        WorkingCalendar calendar = guarded(files.file(CalendarReader.FILE), diagnostics,
                d -> Optional.of(CalendarReader.read(files, d))).orElse(WorkingCalendar.NONE);
        unread.report(diagnostics);
        cache.sweep();
        return new Content(releases, pages, rounds, tasks, cases, accountability, indicators, complaints,
                bulletins, calendar);
    }

    /**
     * A file of {@code content/tasks/}: a ledger (整改任务清单) with its sidecar, or a list of tasks, except a
     * {@code .yaml} beside a ledger of its name, which is that ledger's sidecar and read with it.
     */
    private List<Task> tasks(Path file, Diagnostics diagnostics) {
        if (TaskLedgerReader.isLedger(file)) {
            return TaskLedgerReader.read(files, file, diagnostics);
        }
        return TaskLedgerReader.isSidecar(file) ? List.of() : TaskReader.read(files, file, diagnostics);
    }

    private static boolean published(Release r, LocalDate lastDay, Diagnostics diagnostics) {
        if (lastDay == null || !r.date().day().isAfter(lastDay)) {
            return true;
        }
        diagnostics.note(r.where().of("date"), "dated " + r.date().display() + ", after today (" + lastDay
                + "): left out until then; build with --future to include it");
        return false;
    }

    /**
     * The files a content file is read from: itself, and for a complaint table or a task ledger the facts beside it;
     * for a task list, the ledgers whose sidecar it would be (their coming or going changes what it is); for a release
     * the files of its own folder, and for a task list those of tasks/files/, whose attachments it may list.
     */
    private static List<Path> inputs(String folder, Path file) {
        if (folder.equals(RELEASES)) {
            List<Path> inputs = new java.util.ArrayList<>(List.of(file));
            inputs.addAll(AttachmentFiles.under(ReleaseReader.ownFolder(file)));
            return inputs;
        }
        if (folder.equals(TASKS) && !TaskLedgerReader.isLedger(file)) {
            List<Path> inputs = new java.util.ArrayList<>(List.of(file));
            inputs.addAll(TaskLedgerReader.ledgersBeside(file));
            inputs.addAll(AttachmentFiles.under(file.resolveSibling("files")));
            return inputs;
        }
        if (folder.equals(TASKS)) {
            if (TaskLedgerReader.isLedger(file)) {
                return List.of(file, TaskLedgerReader.sidecar(file));
            }
            List<Path> inputs = new java.util.ArrayList<>(List.of(file));
            inputs.addAll(TaskLedgerReader.ledgersBeside(file));
            return inputs;
        }
        return folder.equals(COMPLAINTS) ? List.of(file, ComplaintReader.sidecar(file)) : List.of(file);
    }

    /**
     * Whether what is read from a folder's files may be kept between builds. Not a case's: reading one checks that
     * its images exist, and a site has tens of cases, not thousands.
     */
    private static boolean cacheable(String folder) {
        return !folder.equals(CASES);
    }

    private <T> List<T> readAll(String folder, Diagnostics diagnostics,
                                BiFunction<Path, Diagnostics, Optional<T>> reader, String... extensions) {
        return files.list(folder, diagnostics, extensions).parallelStream()
                .map(f -> unread.owned(f, guarded(f, diagnostics, d -> cacheable(folder)
                        ? cache.read(inputs(folder, f), d, e -> reader.apply(f, e)) : reader.apply(f, d))))
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableList());
    }

    /** Reads one file; a failure of the reader's own code becomes an error at the file (see {@link Crash}). */
    private <T> Optional<T> guarded(Path file, Diagnostics diagnostics,
                                    java.util.function.Function<Diagnostics, Optional<T>> read) {
        List<Optional<T>> result = new java.util.ArrayList<>(1);
        units.run(SourcePos.file(files.shown(file)), "reading this file", () -> result.add(read.apply(diagnostics)));
        return result.isEmpty() ? Optional.empty() : result.get(0);
    }
}
