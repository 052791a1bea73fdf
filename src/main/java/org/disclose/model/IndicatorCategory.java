package org.disclose.model;

import java.util.List;
import java.util.Optional;

/** The groups a province's releases report indicators under. */
public enum IndicatorCategory {
    AIR("大气"), WATER("水"), SOIL("土壤"), ECOLOGY("生态"), ENERGY("能源与低碳"), RURAL("农村环境"), OTHER("其他");

    private final String label;

    IndicatorCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<IndicatorCategory> parse(String text) {
        return Terms.parse(values(), IndicatorCategory::label, text);
    }

    public static List<String> labels() {
        return Terms.labels(values(), IndicatorCategory::label);
    }
}
