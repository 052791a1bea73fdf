package org.disclose.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.disclose.model.figure.Batches;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.PartialDate;
import org.disclose.model.figure.StandardFigure;

/**
 * A round's complaint rows as evidence for the complaint figures declared about it, and the one rule for when they
 * can speak for a figure's as-of date, used by every check that compares declared complaint figures with rows:
 * <ul>
 * <li>a batch's cases count as assigned (交办) as of a date when the batch was assigned on or before the day the date
 * counts at ({@link ContentDate#countedAt}); an assigned count never changes afterwards, so it can be compared at any
 * date;</li>
 * <li>a case's handling (已办结, 阶段性办结, 未办结) and verdict (属实 …) are where it stands now, not when it got
 * there, so rows speak for them only at the latest date the site states handling for the round (its latest report, or
 * any declared handling figure, a bulletin's or a release's, whichever is later): earlier statements are not
 * compared.</li>
 * </ul>
 */
public final class ComplaintRecords {

    /** The figures that state where handling stood, which the rows hold only in their present state. */
    public static final Set<StandardFigure> HANDLING = Set.of(StandardFigure.COMPLAINTS_CLOSED,
            StandardFigure.COMPLAINTS_PHASED, StandardFigure.COMPLAINTS_OPEN, StandardFigure.CLOSURE_RATE,
            StandardFigure.VERIFIED, StandardFigure.MOSTLY_VERIFIED, StandardFigure.PARTLY_VERIFIED,
            StandardFigure.NOT_VERIFIED);

    private final List<ComplaintBatch> batches;
    private final LocalDate handlingStatedAt;

    private ComplaintRecords(List<ComplaintBatch> batches, LocalDate handlingStatedAt) {
        this.batches = batches;
        this.handlingStatedAt = handlingStatedAt;
    }

    /** The rows of {@code round} in the content, with the latest date the content states handling for it. */
    public static ComplaintRecords of(Content content, String round) {
        List<ComplaintBatch> rows = content.complaints().stream().filter(b -> round.equals(b.round()))
                .sorted(Comparator.comparingInt(ComplaintBatch::number)).toList();
        List<LocalDate> stated = new ArrayList<>();
        content.rounds().stream().filter(r -> round.equals(r.id())).forEach(
                r -> r.latestReport().ifPresent(rep -> stated.add(rep.asOfDate().last())));
        for (Figure f : content.declaredFigures().figures()) {
            if (f.key() instanceof StandardFigure k && HANDLING.contains(k) && f.asOf() != null
                    && round.equals(f.scope().round())) {
                stated.add(f.asOf().last());
            }
        }
        return new ComplaintRecords(rows, stated.stream().max(Comparator.naturalOrder()).orElse(null));
    }

    public boolean isEmpty() {
        return batches.isEmpty();
    }

    public List<ComplaintBatch> batches() {
        return batches;
    }

    /** The batches whose cases count as assigned by {@code day}: assigned on or before it. */
    public List<ComplaintBatch> assignedBy(ContentDate day) {
        return batches.stream().filter(b -> !day.isBefore(b.assigned())).toList();
    }

    /** Batches {@code first} to {@code last}, only when the content has rows for every one of them. */
    public Optional<List<ComplaintBatch>> covering(Batches scope) {
        List<ComplaintBatch> in = batches.stream()
                .filter(b -> b.number() >= scope.first() && b.number() <= scope.last()).toList();
        long numbers = in.stream().mapToInt(ComplaintBatch::number).distinct().count();
        return numbers == scope.last() - scope.first() + 1 ? Optional.of(in) : Optional.empty();
    }

    /**
     * The batches whose rows speak for {@code f}: every batch of its scope has rows, and they can speak for its as-of
     * date (交办: every batch assigned by then; handling and verdicts: the latest handling statement). Empty when the
     * figure is no count of rows ({@link #counts}), is for the round as a whole, or the rows cannot speak for it.
     */
    public Optional<List<ComplaintBatch>> evidenceFor(Figure f) {
        // a figure for one type of case (大气) counts what rows do not tell apart here: it stands as declared
        if (!(f.key() instanceof StandardFigure key) || counts(key) == null || f.scope().batches() == null
                || f.asOf() == null || f.scope().topic() != null) {
            return Optional.empty();
        }
        return covering(f.scope().batches()).filter(in -> key == StandardFigure.COMPLAINTS_ASSIGNED
                ? assignedBy(ContentDate.countedAt(f.asOf())).containsAll(in)
                : speakForHandlingAt(f.asOf()));
    }

    /** The rows of {@code f}'s scope (its region's only, where it names one) that it counts, as {@link #evidenceFor}. */
    public static long count(Figure f, List<ComplaintBatch> batches) {
        Predicate<Complaint> counted = counts((StandardFigure) f.key());
        String region = f.scope().region();
        return batches.stream().flatMap(b -> b.cases().stream())
                .filter(c -> region == null || region.equals(c.region())).filter(counted).count();
    }

    /**
     * The rows of {@code f}'s scope that leave unknown what it counts by, so that {@link #count} counts them under no
     * value: for a verdict (属实 …), those whose 是否属实 is unknown (in its region, where it names one); for a
     * region's figure, those whose 行政区域 is unknown that it would count otherwise. Never counted as any verdict or
     * region, they are what a check may name where the rows fall short of a figure.
     */
    public static long unknown(Figure f, List<ComplaintBatch> batches) {
        StandardFigure key = (StandardFigure) f.key();
        boolean verdict = isVerdict(key);
        String region = f.scope().region();
        Predicate<Complaint> counted = counts(key);
        return batches.stream().flatMap(b -> b.cases().stream())
                .filter(c -> verdict && c.verdictUnknown() && (region == null || region.equals(c.region()))
                        || region != null && c.regionUnknown() && (verdict ? c.verdictUnknown() || counted.test(c)
                        : counted.test(c)))
                .count();
    }

    /**
     * Whether the content compares any declared complaint figure with its rows: a round's latest report, or a
     * declared figure whose rows speak for it. What a page may rely on to say its totals agree with published ones.
     */
    public static boolean anyCompared(Content content) {
        // each round's records are gathered once, for its report and its figures alike
        Map<String, ComplaintRecords> byRound = new HashMap<>();
        for (Round round : content.rounds()) {
            ComplaintRecords records = byRound.computeIfAbsent(round.id(), r -> of(content, r));
            boolean reported = round.latestReport().map(r -> r.stated(StandardFigure.COMPLAINTS_ASSIGNED, round.id())
                    .isPresent() || r.stated(StandardFigure.COMPLAINTS_CLOSED, round.id()).isPresent()
                    && records.speakForHandlingAt(r.asOfDate())).orElse(false);
            if (!records.isEmpty() && reported) {
                return true;
            }
        }
        for (Figure f : content.declaredFigures().figures()) {
            if (f.scope().round() != null && byRound.computeIfAbsent(f.scope().round(), r -> of(content, r))
                    .evidenceFor(f).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the figure counts cases by their 是否属实 (属实, 基本属实, 部分属实, 不属实). */
    public static boolean isVerdict(StandardFigure key) {
        return key == StandardFigure.VERIFIED || key == StandardFigure.MOSTLY_VERIFIED
                || key == StandardFigure.PARTLY_VERIFIED || key == StandardFigure.NOT_VERIFIED;
    }

    /** Which rows a standard figure counts, or null when it is no count of rows. */
    public static Predicate<Complaint> counts(StandardFigure key) {
        return switch (key) {
            case COMPLAINTS_ASSIGNED -> c -> true;
            case COMPLAINTS_CLOSED -> c -> c.resolution() == Resolution.CLOSED;
            case COMPLAINTS_PHASED -> c -> c.resolution() == Resolution.PHASED;
            case COMPLAINTS_OPEN -> c -> c.resolution() == Resolution.OPEN;
            case VERIFIED -> c -> c.verdict() == Verdict.TRUE;
            case MOSTLY_VERIFIED -> c -> c.verdict() == Verdict.BASICALLY_TRUE;
            case PARTLY_VERIFIED -> c -> c.verdict() == Verdict.PARTLY_TRUE;
            case NOT_VERIFIED -> c -> c.verdict() == Verdict.FALSE;
            default -> null;
        };
    }

    /**
     * Whether the rows speak for where handling stood at {@code asOf}: only when it is the latest date the content
     * states handling for the round at (counted at its last day), since rows hold the present state.
     */
    public boolean speakForHandlingAt(PartialDate asOf) {
        return asOf != null && handlingStatedAt != null && asOf.last().equals(handlingStatedAt);
    }
}
