package org.disclose.model;

import java.math.BigDecimal;

/**
 * Figures officially reported for a round as of one date. Every figure is optional: a province reports what it
 * reports, and the site shows only that. The closure rate keeps the precision it was declared with.
 *
 * @param release the slug of the release that published these figures, or null
 */
public record RoundReport(
        ContentDate asOf,
        String release,
        Long tasksTotal,
        Long tasksDone,
        Long complaintsAssigned,
        Long complaintsClosed,
        BigDecimal closureRate,
        Where where) {
}
