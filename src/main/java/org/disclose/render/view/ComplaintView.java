package org.disclose.render.view;

/**
 * A complaint case's own page: everything its row in the published table says. {@code regionPath} is null where the
 * region is unknown; {@code channel} (受理方式) and {@code keyCase} (重点: 是 or 否) are null where the table does not
 * say.
 */
public record ComplaintView(String id, String title, String number, String summary, String region, String regionPath,
                            String types, String findings, String verdict, String goal, String handling,
                            StatusView resolution, String accountability, String batch, String batchPath,
                            String assigned, String assignedIso, String roundName, String roundPath,
                            boolean sample, String channel, String keyCase) {
}
