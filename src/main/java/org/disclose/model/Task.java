package org.disclose.model;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * A rectification task (整改任务): one problem the inspectors fed back, what is to be achieved, by whom and by when,
 * and a dated log of progress.
 *
 * @param goal   整改目标, what the rectification is to achieve (the content's {@code target} field)
 * @param sample true for demonstration records (示例), which every page showing them must say
 * @param attachments the files it publishes with it (附件), from {@code content/tasks/files/<id>/}
 */
public record Task(
        String id,
        String round,
        String problem,
        String goal,
        List<String> measures,
        String leader,
        List<String> leadUnits,
        List<String> supportingUnits,
        Deadline deadline,
        String region,
        TaskStatus status,
        List<ProgressEntry> progress,
        Closure closure,
        boolean sample,
        History history,
        Where where,
        List<Attachment> attachments) implements Serializable {

    public boolean withdrawn() {
        return history.isWithdrawn();
    }

    /** Its page's site path, under which the publication record knows it. */
    public String path() {
        return "tasks/" + id + "/";
    }

    /** The status on a given date: the last progress entry up to it, or the declared status without a log. */
    public Optional<TaskStatus> statusOn(ContentDate date) {
        if (progress.isEmpty()) {
            return Optional.of(status);
        }
        TaskStatus found = null;
        for (ProgressEntry e : progress) {
            if (!e.date().toDateTime().isAfter(date.toDateTime())) {
                found = e.status();
            }
        }
        return Optional.ofNullable(found);
    }

    /** The date the task was first recorded as done, if it was. */
    public Optional<ContentDate> completedOn() {
        return progress.stream().filter(e -> e.status().isDone()).map(ProgressEntry::date).findFirst()
                .or(() -> closure != null ? Optional.ofNullable(closure.accepted()) : Optional.empty());
    }

    /**
     * Late or not as the content's own dates show it, never the build clock: completed late when first recorded done
     * after the deadline; overdue when not done and {@code asOf} is past it. Empty when on time, without a dated
     * deadline, or when the record says done without saying when (nothing can be claimed).
     *
     * @param asOf the latest date the content speaks of, or null when it dates nothing
     */
    public Optional<Lateness> latenessOn(ContentDate asOf) {
        if (deadline == null || deadline.date() == null) {
            return Optional.empty();
        }
        Optional<ContentDate> completed = completedOn();
        if (completed.isPresent()) {
            return deadline.missedBy(completed.get()) ? Optional.of(Lateness.COMPLETED_LATE) : Optional.empty();
        }
        if (status.isDone()) {
            return Optional.empty();
        }
        return deadline.missedBy(asOf) ? Optional.of(Lateness.OVERDUE) : Optional.empty();
    }

    /** The latest date this task's record speaks of. */
    public Optional<ContentDate> lastUpdate() {
        return progress.isEmpty() ? Optional.empty() : Optional.of(progress.get(progress.size() - 1).date());
    }
}
