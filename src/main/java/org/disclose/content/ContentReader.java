package org.disclose.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Accountability;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.Content;
import org.disclose.model.Indicator;
import org.disclose.model.Page;
import org.disclose.model.Release;
import org.disclose.model.Round;
import org.disclose.model.Task;
import org.disclose.model.TypicalCase;
import org.disclose.render.Markdown;

/** Reads all of {@code content/}, each file on whichever core is free; the result is in a stable order. */
public final class ContentReader {

    private final ContentFiles files;
    private final Markdown markdown;

    public ContentReader(ContentFiles files, Markdown markdown) {
        this.files = files;
        this.markdown = markdown;
    }

    /**
     * @param drafts   include content marked draft
     * @param lastDay  leave out releases dated after this day (reported as a note), or null to include them
     */
    public Content read(boolean drafts, LocalDate lastDay, Diagnostics diagnostics) {
        ReleaseReader releaseReader = new ReleaseReader(files, markdown);
        List<Release> releases = readAll("releases", diagnostics,
                f -> releaseReader.read(f, files.shown(f), diagnostics), ".md").stream()
                .filter(r -> drafts || !r.draft())
                .filter(r -> published(r, lastDay, diagnostics))
                .sorted(Comparator.comparing(Release::date, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Release::slug))
                .collect(Collectors.toUnmodifiableList());
        PageReader pageReader = new PageReader(files, markdown);
        List<Page> pages = readAll("pages", diagnostics,
                f -> pageReader.read(f, files.shown(f), diagnostics), ".md").stream()
                .filter(p -> drafts || !p.draft())
                .toList();
        List<Round> rounds = RoundReader.read(files, diagnostics);
        List<Task> tasks = readAll("tasks", diagnostics,
                f -> Optional.of(TaskReader.read(files, f, diagnostics)), ".yaml", ".yml").stream()
                .flatMap(List::stream)
                .collect(Collectors.toUnmodifiableList());
        CaseReader caseReader = new CaseReader(files, markdown);
        List<TypicalCase> cases = readAll("cases", diagnostics,
                f -> caseReader.read(f, files.shown(f), diagnostics), ".md");
        List<Accountability> accountability = AccountabilityReader.read(files, diagnostics);
        List<Indicator> indicators = readAll("indicators", diagnostics,
                f -> Optional.of(IndicatorReader.read(files, f, diagnostics)), ".yaml", ".yml").stream()
                .flatMap(List::stream)
                .collect(Collectors.toUnmodifiableList());
        List<ComplaintBatch> complaints = readAll("complaints", diagnostics,
                f -> ComplaintReader.read(files, f, diagnostics), ".csv", ".xlsx", ".xls", ".et").stream()
                .sorted(Comparator.comparing(ComplaintBatch::round).thenComparingInt(ComplaintBatch::number))
                .collect(Collectors.toUnmodifiableList());
        return new Content(releases, pages, rounds, tasks, cases, accountability, indicators, complaints);
    }

    private static boolean published(Release r, LocalDate lastDay, Diagnostics diagnostics) {
        if (lastDay == null || !r.date().day().isAfter(lastDay)) {
            return true;
        }
        diagnostics.note(r.where().of("date"), "dated " + r.date().display() + ", after today (" + lastDay
                + "): left out until then; build with --future to include it");
        return false;
    }

    private <T> List<T> readAll(String folder, Diagnostics diagnostics, Function<Path, Optional<T>> reader,
                                String... extensions) {
        return files.list(folder, diagnostics, extensions).parallelStream()
                .map(reader)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableList());
    }
}
