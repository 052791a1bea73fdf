package org.disclose.model;

import java.io.Serializable;
import org.disclose.model.figure.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An environmental or development indicator as provinces report it (PM2.5 浓度, 优良天数比例 ...): a series of
 * values by period, which way is better, and a target where one was set.
 */
public record Indicator(
        String id,
        String name,
        IndicatorCategory category,
        String unit,
        Direction direction,
        Target target,
        Rank rank,
        String source,
        List<Point> series,
        String note,
        Where where) implements Serializable {

    /** Which way is an improvement. */
    public enum Direction {
        HIGHER("higher"), LOWER("lower");

        private final String key;

        Direction(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        public static Optional<Direction> parse(String text) {
            for (Direction d : values()) {
                if (d.key.equals(text)) {
                    return Optional.of(d);
                }
            }
            return Optional.empty();
        }
    }

    /**
     * One reported value. {@code qualifier} keeps the release's own hedge (以上, 超过, 突破, 以内, 约) so that
     * "94%以上" is never published as a bare 94%.
     */
    public record Point(String period, BigDecimal value, Qualifier qualifier, Where where) implements Serializable {
    }

    /** A target value, by a year where one was set, with the name of the standard where it has one. */
    public record Target(BigDecimal value, Integer year, String label) implements Serializable {
    }

    /** National rank (全国排位) and its change in places on the previous period; either may be absent. */
    public record Rank(Integer position, Integer change) implements Serializable {
    }

    public Optional<Point> latest() {
        return series.isEmpty() ? Optional.empty() : Optional.of(series.get(series.size() - 1));
    }

    public Optional<Point> previous() {
        return series.size() < 2 ? Optional.empty() : Optional.of(series.get(series.size() - 2));
    }

    /**
     * Whether the latest value meets the target, given which way is better (at the target counts as met); empty
     * without a target or a value, or when a hedge leaves it open.
     */
    public Optional<Boolean> targetMet() {
        Optional<Point> latest = latest();
        if (target == null || latest.isEmpty()) {
            return Optional.empty();
        }
        boolean higher = direction == Direction.HIGHER;
        int cmp = latest.get().value().compareTo(target.value());
        boolean met = higher ? cmp >= 0 : cmp <= 0;
        // A hedge says the true value lies beyond the figure, in one direction: it can confirm a target met on
        // that side, and can settle nothing otherwise.
        Qualifier q = latest.get().qualifier();
        if (q != null && !(met && (higher ? q.above() : q.below()))) {
            return Optional.empty();
        }
        return Optional.of(met);
    }

    /**
     * The latest value less the previous one, exactly; empty without two exact (unhedged) values, since a hedge such
     * as 94%以上 leaves the change open.
     */
    public Optional<BigDecimal> change() {
        Optional<Point> latest = latest();
        Optional<Point> previous = previous();
        if (latest.isEmpty() || previous.isEmpty() || latest.get().qualifier() != null
                || previous.get().qualifier() != null) {
            return Optional.empty();
        }
        return Optional.of(latest.get().value().subtract(previous.get().value()));
    }

    /**
     * Whether the latest value is better than the previous one; empty without a {@link #change()} or when it is
     * none.
     */
    public Optional<Boolean> improved() {
        return change().filter(d -> d.signum() != 0)
                .map(d -> (d.signum() > 0) == (direction == Direction.HIGHER));
    }
}
