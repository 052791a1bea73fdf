package org.disclose.model;

import java.math.BigDecimal;
import org.disclose.model.figure.PartialDate;

/**
 * Figures officially reported for a round as of one date. Every figure is optional: a province reports what it
 * reports, and the site shows only that. The closure rate keeps the precision it was declared with.
 *
 * @param asOfDate the date the figures are as of, at the precision the source gives (2023-05-10, 2023-04, 2023)
 * @param release  the slug of the release that published these figures, or null
 */
public record RoundReport(
        PartialDate asOfDate,
        String release,
        Long tasksTotal,
        Long tasksDone,
        Long complaintsAssigned,
        Long complaintsClosed,
        BigDecimal closureRate,
        Where where) {

    /**
     * The day the figures are counted at: {@code asOfDate} itself, or the last day of its month or year (截至2023年4月
     * is 2023-04-30). Records are compared with the figures on this day.
     */
    public ContentDate asOf() {
        return ContentDate.countedAt(asOfDate);
    }
}
