package org.disclose.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.Task;
import org.disclose.model.TaskStatus;
import org.disclose.render.view.Facet;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.TaskListView;
import org.disclose.render.view.TaskRow;

/**
 * /tasks/ and the static lists by status, round and region (no JavaScript needed to filter), plus /tasks/ID/.
 */
final class TaskRoutes {

    static final int ROWS_PER_PAGE = 50;

    private TaskRoutes() {
    }

    static void add(List<Route> routes, Content content, Strings t, PathLink home) {
        if (content.tasks().isEmpty()) {
            return;
        }
        TaskViews views = new TaskViews(content, t);
        List<Task> everyTask = new ArrayList<>(content.tasks());
        everyTask.sort(TaskRoutes::byId);
        List<Task> tasks = everyTask.stream().filter(x -> !x.withdrawn()).toList();
        PathLink all = new PathLink(t.get("tasks"), SiteAddresses.TASKS);
        SourcePos source = SourcePos.file("content/tasks");

        Map<TaskStatus, List<Task>> byStatus = group(tasks, Task::status);
        Map<String, List<Task>> byRegion = group(tasks.stream().filter(x -> x.region() != null).toList(),
                Task::region);
        Map<String, List<Task>> byRound = group(tasks, Task::round);

        list(routes, SiteAddresses.TASKS, t.get("tasks"), tasks, views,
                facets(null, byStatus, byRegion, byRound, content, t), List.of(home), source);
        for (TaskStatus s : TaskStatus.values()) {
            if (byStatus.containsKey(s)) {
                String heading = t.get("tasksWithStatus") + s.label();
                list(routes, SiteAddresses.taskStatus(s), heading, byStatus.get(s), views,
                        facets(SiteAddresses.taskStatus(s), byStatus, byRegion, byRound, content, t),
                        List.of(home, all), source);
            }
        }
        byRegion.forEach((region, list) -> list(routes, SiteAddresses.taskRegion(region),
                t.get("tasksInRegion") + region, list, views,
                facets(SiteAddresses.taskRegion(region), byStatus, byRegion, byRound, content, t), List.of(home, all),
                source));
        byRound.forEach((round, list) -> list(routes, SiteAddresses.taskRound(round),
                RoundNames.of(content, round, t) + t.get("tasksOfRound"), list, views,
                facets(SiteAddresses.taskRound(round), byStatus, byRegion, byRound, content, t), List.of(home, all),
                source));

        for (Task task : everyTask) {
            var view = views.page(task);
            routes.add(new Route(SiteAddresses.task(task), "task", view.title(), task.problem(), List.of(home, all),
                    view, task.where().origin()).modifiedOn(task.lastUpdate().orElse(null)));
        }
    }

    private static void list(List<Route> routes, String base, String heading, List<Task> tasks, TaskViews views,
                             List<Facet> facets, List<PathLink> trail, SourcePos source) {
        List<TaskRow> rows = tasks.stream().map(views::row).toList();
        boolean samples = tasks.stream().anyMatch(Task::sample);
        for (Paginate.Slice<TaskRow> slice : Paginate.of(rows, ROWS_PER_PAGE, base)) {
            routes.add(new Route(slice.path(), "task-list", heading, null, trail,
                    new TaskListView(heading, slice.items(), slice.pager(), facets, samples, rows.size(),
                            SiteAddresses.tableCsv(SiteAddresses.TASK_TABLE)), source));
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

    /** Numeric ids in numeric order (2 before 10), others after them alphabetically. */
    static int byId(Task a, Task b) {
        boolean an = a.id().chars().allMatch(Character::isDigit);
        boolean bn = b.id().chars().allMatch(Character::isDigit);
        if (an && bn) {
            int c = Integer.compare(a.id().length(), b.id().length());
            return c != 0 ? c : a.id().compareTo(b.id());
        }
        return an ? -1 : bn ? 1 : a.id().compareTo(b.id());
    }
}
