package org.disclose.render.view;

import java.util.List;

/**
 * /complaints/: totals computed from the case records, and the breakdowns.
 *
 * @param bulletinsPath the list of bulletins, or null when there are none
 */
public record ComplaintSummaryView(String heading, long total, long closed, long phased, long open,
                                   String closureRate, int batches, String firstAssigned, String firstAssignedIso,
                                   String lastAssigned, String lastAssignedIso, List<Breakdown> breakdowns,
                                   boolean samples, String csvPath, String bulletinsPath) {
}
