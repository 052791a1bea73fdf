package org.disclose.render.view;

import java.util.List;

/** The indicators of one category (大气, 水 ...) on the indicators dashboard. */
public record IndicatorGroup(String category, String anchor, List<IndicatorView> indicators) {
}
