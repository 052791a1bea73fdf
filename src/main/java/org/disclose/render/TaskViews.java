package org.disclose.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclose.model.Content;
import org.disclose.model.ContentDate;
import org.disclose.model.Lateness;
import org.disclose.model.Round;
import org.disclose.model.Task;
import org.disclose.model.TypicalCase;
import org.disclose.render.view.HistoryView;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.StatusView;
import org.disclose.render.view.TaskRow;
import org.disclose.render.view.TaskView;

/** Builds the views of tasks: table rows and full pages, with the overdue mark the task's lateness calls for. */
final class TaskViews {

    private final Content content;
    private final Strings t;
    private final ContentDate dataDate;
    private final Map<String, List<PathLink>> casesByTask;

    TaskViews(Content content, Strings t) {
        this.content = content;
        this.t = t;
        this.dataDate = content.dataDate().orElse(null);
        this.casesByTask = content.cases().stream()
                .flatMap(c -> c.tasks().stream().map(id -> Map.entry(id, link(c))))
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static PathLink link(TypicalCase c) {
        return new PathLink(c.title(), SiteAddresses.typicalCase(c));
    }

    TaskRow row(Task task) {
        return new TaskRow(task.id(), SiteAddresses.task(task), task.problem(), task.region(),
                task.region() == null ? null : SiteAddresses.taskRegion(task.region()), items(task.leadUnits()),
                task.deadline() == null ? null : task.deadline().display(), StatusView.of(task.status()),
                overdue(task), task.sample());
    }

    TaskView page(Task task) {
        Optional<Round> round = content.round(task.round());
        TaskView.ClosureView closure = ClosureViews.of(task.closure(), content, dataDate, t);
        return new TaskView(task.id(), t.get("taskNumberPrefix") + task.id() + t.get("taskNumberSuffix"),
                task.problem(), task.goal(), task.measures(), task.leader(),
                items(task.leadUnits()), items(task.supportingUnits()),
                task.deadline() == null ? null : task.deadline().display(),
                task.deadline() == null || task.deadline().date() == null ? null : task.deadline().date().iso(),
                task.region(), task.region() == null ? null : SiteAddresses.taskRegion(task.region()),
                StatusView.of(task.status()), overdue(task),
                round.map(x -> RoundNames.of(x, t)).orElse(null),
                round.map(r -> SiteAddresses.round(r.id())).orElse(null),
                task.progress().stream().map(e -> new TaskView.TimelineEntry(e.date().display(), e.date().iso(),
                        StatusView.of(e.status()), e.note())).toList(),
                closure, casesByTask.getOrDefault(task.id(), List.of()), task.sample(), HistoryView.of(task.history()));
    }

    /** 逾期完成 or 已逾期, as of the latest date the content speaks of. */
    String overdue(Task task) {
        return task.latenessOn(dataDate)
                .map(l -> t.get(l == Lateness.COMPLETED_LATE ? "completedLate" : "overdue")).orElse(null);
    }

    private String items(List<String> items) {
        return String.join(t.get("itemSeparator"), items);
    }
}
