package org.disclose.render.view;

/** A complaint case's own page: everything its row in the published table says. */
public record ComplaintView(String id, String title, String number, String summary, String region, String regionPath,
                            String types, String findings, String verdict, String goal, String handling,
                            StatusView resolution, String accountability, String batch, String batchPath,
                            String assigned, String assignedIso, String roundName, String roundPath,
                            boolean sample) {
}
