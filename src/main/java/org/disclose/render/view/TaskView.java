package org.disclose.render.view;

import java.util.List;

/**
 * A task's own page: the full record, its progress timeline and, when closed, the closure notice.
 *
 * @param problemPart 第12项问题之3 for a task of a problem split into tasks, or null
 * @param problemPath that problem's page, or null
 */
public record TaskView(
        String id,
        String title,
        String problem,
        String goal,
        List<String> measures,
        String leader,
        String leadUnits,
        String supportingUnits,
        String deadline,
        String deadlineIso,
        String region,
        String regionPath,
        StatusView status,
        String overdue,
        String roundName,
        String roundPath,
        List<TimelineEntry> timeline,
        ClosureView closure,
        List<PathLink> cases,
        boolean sample,
        HistoryView history,
        String problemPart,
        String problemPath,
        AttachmentsView attachments) {

    public record TimelineEntry(String date, String dateIso, StatusView status, String note) {
    }

    /** A closure notice: its state (公示中 …) in the theme's words, its period, where objections go, its release. */
    public record ClosureView(String state, String accepted, String acceptedIso, String noticeFrom,
                              String noticeFromIso, String noticeTo, String noticeToIso, String workingDays,
                              List<String> phones, String email, String office, String address, String note,
                              String releaseTitle, String releasePath) {

        public boolean hasPeriod() {
            return noticeFrom != null || noticeTo != null || workingDays != null;
        }

        public boolean hasObjections() {
            return !phones.isEmpty() || email != null || office != null || address != null;
        }
    }

    public boolean hasMeasures() {
        return !measures.isEmpty();
    }

    public boolean hasTimeline() {
        return !timeline.isEmpty();
    }

    public boolean hasCases() {
        return !cases.isEmpty();
    }
}
