package org.disclose.check;

import java.util.HashMap;
import java.util.Map;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;
import org.disclose.model.Indicator;

/** An indicator has one value per period: a period given twice is a copy-paste slip, and the chart would lie. */
public final class IndicatorSeriesCheck implements Check {

    @Override
    public void check(Content content, Diagnostics diagnostics) {
        for (Indicator indicator : content.indicators()) {
            Map<String, Indicator.Point> seen = new HashMap<>();
            for (Indicator.Point p : indicator.series()) {
                Indicator.Point first = seen.putIfAbsent(p.period(), p);
                if (first != null) {
                    diagnostics.error(p.where().of("period"), "indicator '" + indicator.id() + "' has period '"
                            + p.period() + "' twice (first at line " + first.where().origin().line()
                            + "): keep one value per period");
                }
            }
        }
    }
}
