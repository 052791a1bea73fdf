package org.disclose.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.disclose.model.Closure;
import org.disclose.model.Content;
import org.disclose.model.ContentDate;
import org.disclose.model.ProblemNumber;
import org.disclose.model.Task;
import org.disclose.model.TaskStatus;
import org.disclose.model.WorkingCalendar;
import org.disclose.publish.DataTable.Column;
import org.disclose.render.SiteAddresses;
import org.disclose.render.Strings;

/**
 * {@code data/tasks.csv}: one row a task, with the number of the problem fed back (问题N) its id puts it under, its measures and a closure notice's phones as JSON arrays (a separator
 * inside a measure cannot split it), and the closure notice's fields with its state on the data date and its last day
 * (given, or computed from its working days).
 */
final class TaskTable {

    private TaskTable() {
    }

    static DataTable of(Content content, Strings t) {
        String items = t.get("itemSeparator");
        ContentDate dataDate = content.dataDate().orElse(null);
        List<List<String>> rows = new ArrayList<>();
        for (Task x : content.tasks()) {
            if (x.withdrawn()) {
                continue;
            }
            List<String> row = new ArrayList<>(Arrays.asList(x.id(),
                    ProblemNumber.of(x.id()).map(n -> Integer.toString(n.problem())).orElse(null), x.round(), x.problem(), x.goal(),
                    array(x.measures()), x.leader(), String.join(items, x.leadUnits()),
                    String.join(items, x.supportingUnits()), x.deadline() == null ? null : x.deadline().display(),
                    x.region(), x.status().label(), x.lastUpdate().map(d -> d.day().toString()).orElse(null),
                    x.sample() ? "true" : "false"));
            row.addAll(closure(x.closure(), content.calendar(), dataDate, t));
            rows.add(row);
        }
        return new DataTable(SiteAddresses.TASK_TABLE, t.get("tasks"), List.of(Column.text("id", t.get("taskId")),
                Column.of("problemNumber", t.get("problemNumberColumn"), "integer"), Column.text("round", t.get("round")), Column.text("problem", t.get("problem")),
                Column.text("target", t.get("taskGoal")), Column.of("measures", t.get("measures"), "array"),
                Column.text("leader", t.get("leader")), Column.text("leadUnits", t.get("leadUnits")),
                Column.text("supportingUnits", t.get("supportingUnits")),
                Column.text("deadline", t.get("deadline")), Column.text("region", t.get("region")),
                Column.vocabulary("status", t.get("status"), TaskStatus.labels()),
                Column.of("lastUpdate", t.get("lastUpdate"), "date"),
                Column.of("sample", t.get("sample"), "boolean"),
                Column.vocabulary("closureState", t.get("closureState"), List.of(t.get("closureStateRunning"),
                        t.get("closureStateEnded"), t.get("closureStateAccepted"))),
                Column.of("closureAccepted", t.get("closureAccepted"), "date"),
                Column.of("closureNoticeFrom", t.get("closureNoticeFrom"), "date"),
                Column.of("closureNoticeTo", t.get("closureNoticeTo"), "date"),
                Column.of("closureWorkingDays", t.get("closureWorkingDays"), "integer"),
                Column.of("closurePhones", t.get("closurePhones"), "array"),
                Column.text("closureEmail", t.get("closureEmail")),
                Column.text("closureOffice", t.get("closureOffice")),
                Column.text("closureAddress", t.get("closureAddress")),
                Column.text("closureRelease", t.get("closureRelease"))), "id", rows);
    }

    /** The notice's fields; its last day as given, or as the working-day calendar computes it. */
    private static List<String> closure(Closure c, WorkingCalendar calendar, ContentDate dataDate, Strings t) {
        if (c == null) {
            return Arrays.asList(null, null, null, null, null, null, null, null, null, null);
        }
        return Arrays.asList(c.stateOn(dataDate, calendar).map(s -> t.get(s.key())).orElse(null), day(c.accepted()),
                day(c.noticeFrom()), day(c.end(calendar)), c.workingDays() == null ? null : c.workingDays().toString(),
                c.phones().isEmpty() ? null : array(c.phones()), c.email(), c.office(), c.address(), c.release());
    }

    private static String day(ContentDate d) {
        return d == null ? null : d.day().toString();
    }

    /** A JSON array of texts: how a list keeps its items whole in one cell. */
    static String array(List<String> texts) {
        return texts.stream().map(Json::string).collect(Collectors.joining(",", "[", "]"));
    }
}
