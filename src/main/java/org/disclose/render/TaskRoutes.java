package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.Neighbours;
import org.disclose.model.Problem;
import org.disclose.model.ProblemNumber;
import org.disclose.model.ProblemTally;
import org.disclose.model.Problems;
import org.disclose.model.Task;
import org.disclose.model.TaskStatus;
import org.disclose.model.TaskTally;
import org.disclose.render.view.Facet;
import org.disclose.render.view.ArticleFurniture;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.ProblemCounts;
import org.disclose.render.view.TaskListView;

/**
 * /tasks/ and the static lists by status, round and region (no JavaScript needed to filter), plus /tasks/ID/ and,
 * for each problem split into tasks, /tasks/problem/N/.
 */
final class TaskRoutes {

    static final int ROWS_PER_PAGE = 50;

    private TaskRoutes() {
    }

    static void add(List<Route> routes, Content content, Strings t, PathLink home) {
        if (content.tasks().isEmpty()) {
            return;
        }
        Problems problems = Problems.of(content.tasks());
        TaskViews views = new TaskViews(content, t, problems);
        List<Task> everyTask = new ArrayList<>(content.tasks());
        everyTask.sort(TaskRoutes::byId);
        List<Task> tasks = everyTask.stream().filter(x -> !x.withdrawn()).toList();
        PathLink all = new PathLink(t.get("tasks"), SiteAddresses.TASKS);
        SourcePos source = SourcePos.file("content/tasks");

        Map<TaskStatus, List<Task>> byStatus = group(tasks, Task::status);
        Map<String, List<Task>> byRegion = group(tasks.stream().filter(x -> x.region() != null).toList(),
                Task::region);
        Map<String, List<Task>> byRound = group(tasks, Task::round);

        // counts of problems only where the list holds whole problems: all tasks, or a round's
        list(routes, SiteAddresses.TASKS, t.get("tasks"), tasks, views,
                facets(null, byStatus, byRegion, byRound, content, t), List.of(home), source, counts(tasks));
        for (TaskStatus s : TaskStatus.values()) {
            if (byStatus.containsKey(s)) {
                String heading = t.get("tasksWithStatus") + s.label();
                list(routes, SiteAddresses.taskStatus(s), heading, byStatus.get(s), views,
                        facets(SiteAddresses.taskStatus(s), byStatus, byRegion, byRound, content, t),
                        List.of(home, all), source, null);
            }
        }
        byRegion.forEach((region, list) -> list(routes, SiteAddresses.taskRegion(region),
                t.get("tasksInRegion") + region, list, views,
                facets(SiteAddresses.taskRegion(region), byStatus, byRegion, byRound, content, t), List.of(home, all),
                source, null));
        byRound.forEach((round, list) -> list(routes, SiteAddresses.taskRound(round),
                RoundNames.of(content, round, t) + t.get("tasksOfRound"), list, views,
                facets(SiteAddresses.taskRound(round), byStatus, byRegion, byRound, content, t), List.of(home, all),
                source, counts(list)));

        for (Problem p : problems.all()) {
            if (p.split()) {
                routes.add(new Route(SiteAddresses.problem(p.number()), "problem", views.problemTitle(p), p.text(),
                        List.of(home, all), views.page(p), p.tasks().get(0).where().origin())
                        .modifiedOn(TaskTally.of(p.tasks()).latestUpdate().orElse(null)));
            }
        }
        Neighbours<Task> neighbours = new Neighbours<>(tasks); // 上一篇 / 下一篇 in the task list's order
        for (Task task : everyTask) {
            var view = views.page(task);
            List<PathLink> trail = views.split(task)
                    .map(p -> List.of(home, all, new PathLink(views.problemTitle(p),
                            SiteAddresses.problem(p.number()))))
                    .orElse(List.of(home, all));
            routes.add(new Route(SiteAddresses.task(task), "task", view.title(), task.problem(), trail,
                    view, task.where().origin()).modifiedOn(task.lastUpdate().orElse(null))
                    .asArticle(PageMeta.article(task.history().published(), null,
                            task.region() == null ? List.of() : List.of(task.region()), task.problem(), null))
                    .withFurniture(task.withdrawn() ? ArticleFurniture.NONE
                            : new ArticleFurniture(link(neighbours.previous(task), views),
                                    link(neighbours.next(task), views), List.of())));
        }
    }

    /** A task as 上一篇 or 下一篇 shows it; null for none. */
    private static PathLink link(Task task, TaskViews views) {
        return task == null ? null : new PathLink(views.page(task).title(), SiteAddresses.task(task));
    }

    /** Both levels' counts of whole problems, where every task has a problem number and some problem is split. */
    static ProblemCounts counts(List<Task> tasks) {
        return ProblemTally.of(tasks).filter(ProblemTally::split)
                .map(p -> ProblemCounts.of(p, TaskTally.of(tasks))).orElse(null);
    }

    private static void list(List<Route> routes, String base, String heading, List<Task> tasks, TaskViews views,
                             List<Facet> facets, List<PathLink> trail, SourcePos source, ProblemCounts counts) {
        boolean samples = tasks.stream().anyMatch(Task::sample);
        for (Paginate.Slice<Task> slice : Paginate.of(tasks, ROWS_PER_PAGE, base)) {
            routes.add(new Route(slice.path(), "task-list", heading, null, trail,
                    new TaskListView(heading, views.groups(slice.items()), slice.pager(), facets, samples,
                            tasks.size(), SiteAddresses.tableCsv(SiteAddresses.TASK_TABLE), counts), source)
                    .asColumn());
        }
    }

    private static List<Facet> facets(String current, Map<TaskStatus, List<Task>> byStatus,
                                      Map<String, List<Task>> byRegion, Map<String, List<Task>> byRound,
                                      Content content, Strings t) {
        List<Facet> facets = new ArrayList<>();
        List<Facet.Value> statuses = new ArrayList<>();
        byStatus.forEach((s, list) -> statuses.add(value(s.label(), SiteAddresses.taskStatus(s), list, current)));
        facets.add(new Facet(t.get("byStatus"), statuses));
        if (byRound.size() > 1) {
            List<Facet.Value> rounds = new ArrayList<>();
            byRound.forEach((r, list) -> rounds.add(value(RoundNames.of(content, r, t),
                    SiteAddresses.taskRound(r), list, current)));
            facets.add(new Facet(t.get("byRound"), rounds));
        }
        if (!byRegion.isEmpty()) {
            List<Facet.Value> regions = new ArrayList<>();
            byRegion.forEach((r, list) -> regions.add(value(r, SiteAddresses.taskRegion(r), list, current)));
            facets.add(new Facet(t.get("byRegion"), regions));
        }
        return List.copyOf(facets);
    }

    private static Facet.Value value(String label, String path, List<Task> list, String current) {
        return new Facet.Value(label, path, list.size(), path.equals(current));
    }

    /** Groups in key order: statuses in their official order (enum order), regions and rounds by name. */
    private static <K extends Comparable<K>> Map<K, List<Task>> group(List<Task> tasks, Function<Task, K> key) {
        Map<K, List<Task>> groups = new TreeMap<>();
        for (Task task : tasks) {
            groups.computeIfAbsent(key.apply(task), k -> new ArrayList<>()).add(task);
        }
        return groups;
    }

    /** By problem and task number (2, 10, 12-1, 12-2, 13), others after them ({@link ProblemNumber#compareIds}). */
    static int byId(Task a, Task b) {
        return ProblemNumber.compareIds(a.id(), b.id());
    }
}
