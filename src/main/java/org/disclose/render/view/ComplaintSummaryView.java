package org.disclose.render.view;

import java.util.List;

/**
 * /complaints/: totals computed from the case records, and the breakdowns.
 *
 * @param bulletinsPath the list of bulletins, or null when there are none
 * @param hasRows       whether there are case records; without them the page shows only declared figures
 * @param latestFigures each round's latest declared figures, empty when no bulletin declares any
 */
public record ComplaintSummaryView(String heading, long total, long closed, long phased, long open,
                                   String closureRate, int batches, String firstAssigned, String firstAssignedIso,
                                   String lastAssigned, String lastAssignedIso, List<Breakdown> breakdowns,
                                   boolean samples, String csvPath, String bulletinsPath,
                                   boolean hasRows, List<LatestFiguresView> latestFigures) {

    public ComplaintSummaryView {
        latestFigures = List.copyOf(latestFigures);
    }
}
