package org.disclose.render.view;

/** A complaint case as one row of a table; {@code regionPath} is null where the region is unknown. */
public record ComplaintRow(String number, String id, String path, String summary, String region, String regionPath,
                           String types, String verdict, StatusView resolution, String batch, String batchPath,
                           boolean sample) {
}
