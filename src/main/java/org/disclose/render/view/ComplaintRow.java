package org.disclose.render.view;

/** A complaint case as one row of a table. */
public record ComplaintRow(String number, String id, String path, String summary, String region, String regionPath,
                           String types, String verdict, StatusView resolution, String batch, String batchPath,
                           boolean sample) {
}
