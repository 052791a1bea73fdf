package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.disclose.model.Content;
import org.disclose.model.ContentDate;
import org.disclose.model.Lateness;
import org.disclose.model.Problem;
import org.disclose.model.ProblemNumber;
import org.disclose.model.Problems;
import org.disclose.model.Round;
import org.disclose.model.Task;
import org.disclose.model.TypicalCase;
import org.disclose.render.view.HistoryView;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.ProblemView;
import org.disclose.render.view.StatusView;
import org.disclose.render.view.TaskGroup;
import org.disclose.render.view.TaskRow;
import org.disclose.render.view.TaskView;

/** Builds the views of tasks: table rows and full pages, with the overdue mark the task's lateness calls for. */
final class TaskViews {

    private final Content content;
    private final Strings t;
    private final ContentDate dataDate;
    private final Map<String, List<PathLink>> casesByTask;
    private final Problems problems;

    TaskViews(Content content, Strings t, Problems problems) {
        this.content = content;
        this.t = t;
        this.problems = problems;
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
                closure, casesByTask.getOrDefault(task.id(), List.of()), task.sample(), HistoryView.of(task.history()),
                split(task).map(p -> part(task)).orElse(null),
                split(task).map(p -> SiteAddresses.problem(p.number())).orElse(null),
                AttachmentViews.of(task.attachments(), SiteAddresses.task(task), t));
    }

    /** The problem split into tasks that {@code task} is one of, if it is. */
    Optional<Problem> split(Task task) {
        return problems.of(task).filter(Problem::split);
    }

    /** 问题12: what a problem is called on its page, in lists and in the trail. */
    String problemTitle(Problem p) {
        return t.get("problemNumberPrefix") + p.number() + t.get("problemNumberSuffix");
    }

    /** 第12项问题之3. */
    private String part(Task task) {
        ProblemNumber n = ProblemNumber.of(task.id()).orElseThrow();
        return t.get("problemPartPrefix") + n.problem() + t.get("problemPartMiddle") + n.part()
                + t.get("problemPartSuffix");
    }

    /**
     * The rows of {@code tasks}, in their order, with the tasks of each problem split into tasks under a heading of
     * their own and the others in runs without one.
     */
    List<TaskGroup> groups(List<Task> tasks) {
        List<TaskGroup> groups = new ArrayList<>();
        Problem current = null;
        List<TaskRow> rows = new ArrayList<>();
        for (Task task : tasks) {
            Problem p = split(task).orElse(null);
            if (!rows.isEmpty() && p != current) {
                groups.add(group(current, rows));
                rows = new ArrayList<>();
            }
            current = p;
            rows.add(row(task));
        }
        if (!rows.isEmpty()) {
            groups.add(group(current, rows));
        }
        return List.copyOf(groups);
    }

    private TaskGroup group(Problem p, List<TaskRow> rows) {
        return p == null ? new TaskGroup(null, null, null, List.copyOf(rows))
                : new TaskGroup(problemTitle(p), p.text(), SiteAddresses.problem(p.number()), List.copyOf(rows));
    }

    /** A problem's page: its standing tasks, and whether it is done. */
    ProblemView page(Problem p) {
        Optional<Round> round = content.round(p.round());
        List<Task> current = p.current();
        Optional<ContentDate> doneDate = p.doneDate();
        return new ProblemView(problemTitle(p), p.text(), round.map(x -> RoundNames.of(x, t)).orElse(null),
                round.map(r -> SiteAddresses.round(r.id())).orElse(null),
                // a problem none of whose tasks stands has no state to tell
                current.isEmpty() ? null : t.get(p.done() ? "problemDone" : "problemNotDone"), p.done(),
                doneDate.map(ContentDate::display).orElse(null), doneDate.map(ContentDate::iso).orElse(null),
                current.stream().map(this::row).toList(), current.size(),
                (int) current.stream().filter(x -> x.status().isDone()).count(),
                current.stream().anyMatch(Task::sample));
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
