package org.disclose.render.view;

import java.util.List;

/** One way to narrow a list (by status, region, round): each value with its count and page. */
public record Facet(String heading, List<Value> values) {

    public record Value(String label, String path, int count, boolean current) {
    }
}
