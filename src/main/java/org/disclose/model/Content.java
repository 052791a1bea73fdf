package org.disclose.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureRule;

/**
 * Everything read from {@code content/}. Lists are in a stable order. Bulletins have pages of their own, but are not
 * part of {@link #dataDate}. {@code calendar} is the working-day calendar: the shipped years, as
 * {@code calendar.yaml} replaces them.
 */
public record Content(
        List<Release> releases,
        List<Page> pages,
        List<Round> rounds,
        List<Task> tasks,
        List<TypicalCase> cases,
        List<Accountability> accountability,
        List<Indicator> indicators,
        List<ComplaintBatch> complaints,
        List<Bulletin> bulletins,
        WorkingCalendar calendar) implements Serializable {

    /** The same content with these releases (their disclosure facts completed from the publication record). */
    public Content withReleases(List<Release> others) {
        return new Content(others, pages, rounds, tasks, cases, accountability, indicators, complaints, bulletins,
                calendar);
    }

    public Optional<Round> round(String id) {
        return rounds.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /**
     * The home page's round: the one {@code rounds.yaml} marks {@code current: true}, else the one whose feedback is
     * latest (a round not yet fed back counts as earlier than any that was; on a tie, the first in the file).
     */
    public Optional<Round> currentRound() {
        Optional<Round> chosen = rounds.stream().filter(Round::current).findFirst();
        if (chosen.isPresent()) {
            return chosen;
        }
        return rounds.stream().max((a, b) -> {
            if (a.feedbackDate() == null || b.feedbackDate() == null) {
                return a.feedbackDate() == null ? (b.feedbackDate() == null ? 0 : -1) : 1;
            }
            return a.feedbackDate().compareTo(b.feedbackDate());
        });
    }

    /** The latest declared complaint figures of a round, by {@link LatestFigures}'s rule; empty when none. */
    public List<LatestFigures.Declared> latestFigures(String round) {
        return LatestFigures.of(round, bulletins);
    }

    /**
     * Every declared figure and relation of the site, in one order: bulletins, round reports (their named fields as
     * standard figures, then {@code figures:}), accountability, typical cases, releases.
     */
    public SiteFigures declaredFigures() {
        List<List<Figure>> sources = new ArrayList<>();
        List<FigureRule> rules = new ArrayList<>();
        for (Bulletin b : bulletins) {
            sources.add(b.figures());
            rules.addAll(b.rules());
        }
        for (Round r : rounds) {
            for (RoundReport report : r.reports()) {
                sources.add(report.declaredFigures(r.id()));
                rules.addAll(report.rules());
            }
        }
        for (Accountability a : accountability) {
            sources.add(a.declaredFigures());
            rules.addAll(a.rules());
        }
        for (TypicalCase c : cases) {
            sources.add(c.declaredFigures());
            rules.addAll(c.rules());
        }
        for (Release r : releases) {
            sources.add(r.figures());
            rules.addAll(r.rules());
        }
        return new SiteFigures(sources, rules);
    }

    /**
     * The latest date the content speaks of. Comparisons with "now" (is a deadline past?) use this, never the build
     * clock, so that the same content always gives the same site. An as-of month or year counts here as its first
     * day: figures "as of 2023" say only that 2023 has begun, and a deadline is called missed only when it surely is.
     */
    public Optional<ContentDate> dataDate() {
        return Stream.of(
                        releases.stream().map(Release::date),
                        rounds.stream().flatMap(r -> r.reports().stream()).map(r -> ContentDate.surelyReached(
                                r.asOfDate())),
                        tasks.stream().flatMap(t -> t.progress().stream()).map(ProgressEntry::date),
                        accountability.stream().map(a -> ContentDate.surelyReached(a.asOfDate())))
                .flatMap(s -> s)
                .filter(d -> d != null)
                .max(ContentDate::compareTo);
    }
}
