package org.disclose.render.view;

/** A task as one row of a task table. */
public record TaskRow(String id, String path, String problem, String region, String regionPath, String leadUnits,
                      String deadline, StatusView status, String overdue, boolean sample) {
}
