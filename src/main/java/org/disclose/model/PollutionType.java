package org.disclose.model;

import java.util.List;
import java.util.Optional;

/** 问题类型 (污染类型) of a complaint; a case may have several, written 大气、水. */
public enum PollutionType {
    AIR("大气"), WATER("水"), SOIL("土壤"), NOISE("噪声"), ECOLOGY("生态"), MARINE("海洋"), RADIATION("辐射"),
    SOLID_WASTE("固废"), OTHER("其他");

    private final String label;

    PollutionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<PollutionType> parse(String text) {
        return Terms.parse(values(), PollutionType::label, text);
    }

    public static List<String> labels() {
        return Terms.labels(values(), PollutionType::label);
    }
}
