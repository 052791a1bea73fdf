package org.disclose.content;

import org.disclose.text.Slugs;
import org.disclose.text.Fields;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Closure;
import org.disclose.model.ContentDate;
import org.disclose.model.Deadline;
import org.disclose.model.ProgressEntry;
import org.disclose.model.Task;
import org.disclose.model.TaskStatus;

/**
 * {@code content/tasks/*.yaml}: each file a list of rectification tasks. Every rule a task's fields follow is here,
 * in {@link #task}: a task ledger's rows ({@link TaskLedgerReader}) are read through it as the fields they stand for.
 */
public final class TaskReader {

    static final String WHAT = "the task";
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}.*");
    /** 2022年12月31日, the way ledgers write a day: read as 2022-12-31. */
    private static final Pattern CHINESE_DAY = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private TaskReader() {
    }

    public static List<Task> read(ContentFiles files, Path file, Diagnostics diagnostics) {
        List<Task> tasks = new ArrayList<>();
        for (Fields f : DataFile.records(files, file, WHAT, diagnostics)) {
            task(f, files).ifPresent(tasks::add);
        }
        return tasks;
    }

    /** A task ledger's row: a task without attachments (a spreadsheet cell cannot list files). */
    static Optional<Task> task(Fields f) {
        return task(f, null);
    }

    /**
     * One task from its fields, every rule checked; empty when a required part is missing or wrong (reported).
     *
     * @param files where its attachments are read from ({@code content/tasks/files/<id>/}), or null for none
     */
    static Optional<Task> task(Fields f, ContentFiles files) {
        Diagnostics diagnostics = f.diagnostics();
        String id = f.requireString("id");
        if (id != null && !Slugs.isValid(id)) {
            diagnostics.error(f.posOf("id"), "task id '" + id + "' is used in its address: " + Slugs.why(id));
            id = null;
        }
        String round = f.requireString("round");
        String problem = f.requireString("problem");
        TaskStatus status = f.vocabulary("status", true, TaskStatus::parse, TaskStatus.labels());
        List<ProgressEntry> progress = new ArrayList<>();
        boolean progressComplete = true;
        for (Fields p : f.list("progress", "a progress entry")) {
            ContentDate date = p.date("date", true);
            TaskStatus entryStatus = p.vocabulary("status", true, TaskStatus::parse, TaskStatus.labels());
            String note = p.string("note");
            p.reportUnknown();
            if (date != null && entryStatus != null) {
                progress.add(new ProgressEntry(date, entryStatus, note, p.where()));
            } else {
                progressComplete = false; // a log with a hole would be compared as if whole
            }
        }
        Closure closure = f.mapping("closure", "the closure notice (销号公示)").map(ClosureReader::read)
                .orElse(null);
        String region = f.string("region");
        if (region != null && Slugs.nameProblem(region).isPresent()) {
            diagnostics.error(f.posOf("region"), "region '" + region + "' names a page address: "
                    + Slugs.nameProblem(region).get() + "; write the name of the city or county alone");
            region = null;
        }
        Task task = new Task(id, round, problem, f.string("target"), List.copyOf(f.strings("measures")),
                f.string("leader"), List.copyOf(f.strings("leadUnits")), List.copyOf(f.strings("supportingUnits")),
                deadline(f), region, status, List.copyOf(progress),
                closure, f.bool("sample", false), HistoryReader.read(f, false), f.where(),
                // attachments (附件), from the task's folder under tasks/files/
                files == null || id == null ? List.of()
                        : AttachmentReader.read(f, files, files.file("tasks/files/" + id)));
        f.reportUnknown();
        boolean complete = id != null && round != null && problem != null && status != null && progressComplete;
        return complete ? Optional.of(task) : Optional.empty();
    }

    /**
     * A date (2022-12-31, or 2022年12月31日 as ledgers write it), or a standing commitment written in words (长期坚持,
     * 立行立改, 2023年底前); a malformed date is an error.
     */
    private static Deadline deadline(Fields f) {
        String text = f.string("deadline");
        if (text == null) {
            return null;
        }
        Matcher chinese = CHINESE_DAY.matcher(text.trim());
        if (chinese.matches()) {
            Optional<ContentDate> day = ContentDate.parse(String.format(java.util.Locale.ROOT, "%s-%02d-%02d",
                    chinese.group(1), Integer.parseInt(chinese.group(2)), Integer.parseInt(chinese.group(3))));
            if (day.isEmpty()) {
                f.diagnostics().error(f.posOf("deadline"), "'deadline' is not a valid date: '" + text
                        + "'; write it as " + ContentDate.FORMAT);
                return null;
            }
            return Deadline.on(day.get());
        }
        if (DATE_LIKE.matcher(text.trim()).matches()) {
            ContentDate date = f.date("deadline", false);
            return date == null ? null : Deadline.on(date);
        }
        return Deadline.standing(text.trim());
    }
}
