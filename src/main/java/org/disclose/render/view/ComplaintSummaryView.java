package org.disclose.render.view;

import java.util.List;

/**
 * /complaints/: totals computed from the case records, and the breakdowns.
 *
 * @param bulletinsPath the list of bulletins, or null when there are none
 * @param hasRows       whether there are case records; without them the page shows only declared figures
 * @param totalsCompared whether a published figure was compared with the records (and agreed, or the build would
 *                      have failed): only then may a notice say the totals agree with the published figures
 * @param latestFigures each round's latest declared figures, empty when no bulletin declares any
 * @param keyCases      the cases marked 重点, or null when no table says which are
 */
public record ComplaintSummaryView(String heading, long total, long closed, long phased, long open,
                                   String closureRate, int batches, String firstAssigned, String firstAssignedIso,
                                   String lastAssigned, String lastAssignedIso, List<Breakdown> breakdowns,
                                   boolean samples, String csvPath, String bulletinsPath,
                                   boolean hasRows, boolean totalsCompared, List<LatestFiguresView> latestFigures,
                                   String keyCases) {

    public ComplaintSummaryView {
        latestFigures = List.copyOf(latestFigures);
    }
}
