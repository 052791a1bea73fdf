package org.disclose.model;

import java.io.Serializable;
import java.util.List;

/**
 * One batch (第N批) of complaint cases the inspectors assigned on one day, read from one table file and its sidecar
 * YAML.
 *
 * @param sample true for demonstration data (示例), which every page showing it must say
 */
public record ComplaintBatch(int number, ContentDate assigned, String round, boolean sample, List<Complaint> cases,
                             Where where) implements Serializable {
}
