package org.disclose.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.model.Indicator;
import org.disclose.model.figure.Qualifier;

/**
 * Says what an indicator's figures mean the way releases phrase it: 同比上升5.1个百分点, 同比下降1微克/立方米,
 * 全国排位同比上升3个位次, 已达到目标. Every word comes from the theme's strings; the arithmetic is exact (BigDecimal),
 * and nothing is said where the figures do not allow it (a hedged value such as 94%以上 has no exact change).
 */
final class IndicatorPhrases {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?");

    private final Strings t;

    IndicatorPhrases(Strings t) {
        this.t = t;
    }

    /** A value with its unit and hedge: {@code 25微克/立方米}, {@code 94%以上}, {@code 超过2万辆}. */
    String value(Indicator.Point p, String unit) {
        return Qualifier.apply(p.qualifier(), p.value().toPlainString(), unit);
    }

    /** The change from the previous period to the latest, or empty when it cannot be stated exactly. */
    Optional<String> change(Indicator indicator) {
        Optional<BigDecimal> change = indicator.change();
        if (change.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal diff = change.get();
        String basis = basis(indicator.previous().orElseThrow().period(), indicator.latest().orElseThrow().period());
        if (diff.signum() == 0) {
            return Optional.of(basis + t.get("flat"));
        }
        String amount = diff.abs().stripTrailingZeros().toPlainString();
        String unit = "%".equals(indicator.unit()) ? t.get("percentagePoints")
                : indicator.unit() == null ? "" : indicator.unit();
        return Optional.of(basis + t.get(diff.signum() > 0 ? "rise" : "fall") + amount + unit);
    }

    /** Whether the latest change is for the better, given which way is better; empty when there is no change. */
    Optional<String> assessment(Indicator indicator) {
        return indicator.improved().map(better -> t.get(better ? "improved" : "worsened"));
    }

    /** 全国排位同比上升3个位次, or the position itself where given. */
    Optional<String> rank(Indicator indicator) {
        Indicator.Rank rank = indicator.rank();
        if (rank == null) {
            return Optional.empty();
        }
        List<String> parts = new java.util.ArrayList<>();
        if (rank.position() != null) {
            parts.add(t.get("rankPositionPrefix") + rank.position() + t.get("rankPositionSuffix"));
        }
        if (rank.change() != null) {
            parts.add(rank.change() == 0 ? t.get("yearOnYear") + t.get("flat") : t.get("yearOnYear")
                    + t.get(rank.change() > 0 ? "rise" : "fall") + Math.abs(rank.change()) + t.get("rankPlaces"));
        }
        return parts.isEmpty() ? Optional.empty()
                : Optional.of(t.get("nationalRank") + String.join(t.get("listComma"), parts));
    }

    /** 已达到目标 or 未达到目标; empty where the indicator's figures cannot settle it. */
    Optional<String> attainment(Indicator indicator) {
        return indicator.targetMet().map(met -> t.get(met ? "targetMet" : "targetNotMet"));
    }

    /** 同比 between consecutive years, otherwise 较2020年. */
    private String basis(String previous, String latest) {
        Matcher a = YEAR.matcher(previous.trim());
        Matcher b = YEAR.matcher(latest.trim());
        if (a.matches() && b.matches() && Integer.parseInt(b.group(1)) - Integer.parseInt(a.group(1)) == 1) {
            return t.get("yearOnYear");
        }
        return t.get("comparedWith") + previous;
    }
}
