package org.disclose.render;

import java.util.List;
import java.util.Optional;
import org.disclose.model.Accountability;
import org.disclose.model.Content;
import org.disclose.model.LatestFigures;
import org.disclose.model.Release;
import org.disclose.model.Round;
import org.disclose.model.TaskTally;
import org.disclose.render.view.AccountabilityView;
import org.disclose.render.view.DateWords;
import org.disclose.render.view.LatestFiguresView;
import org.disclose.render.view.ListView;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.ReleaseView;
import org.disclose.render.view.ReportView;
import org.disclose.render.view.RoundView;
import org.disclose.render.view.StatusBreakdown;

/** /rounds/ID/ overviews and /accountability/. */
final class RoundRoutes {

    private RoundRoutes() {
    }

    static void add(List<Route> routes, Content content, Strings t, PathLink home) {
        for (Round r : content.rounds()) {
            RoundView view = view(r, content, t);
            routes.add(new Route(SiteAddresses.round(r.id()), "round", RoundNames.of(r, t), null, List.of(home), view,
                    r.where().origin()));
        }
        if (!content.accountability().isEmpty()) {
            List<AccountabilityView> views = content.accountability().stream()
                    .map(a -> accountability(a, content, t)).toList();
            routes.add(new Route(SiteAddresses.ACCOUNTABILITY, "accountability", t.get("accountability"), null,
                    List.of(home), new ListView<>(t.get("accountability"), views, null,
                            SiteAddresses.tableCsv(SiteAddresses.ACCOUNTABILITY_TABLE)),
                    content.accountability().get(0).where().origin()));
        }
    }

    /** The round the home page is about: the one fed back most recently. */
    static RoundView view(Round r, Content content, Strings t) {
        ReportView report = r.latestReport().map(rep -> {
            Optional<Release> release = content.releases().stream()
                    .filter(x -> x.slug().equals(rep.release())).findFirst();
            return ReportView.of(rep, release.map(Release::title).orElse(null),
                    release.map(SiteAddresses::release).orElse(null), new DateWords(t::get),
                    DeclaredFigureRows.view(rep.figures(), rep.tables(), rep.asOfDate(),
                            RoundNames.of(r, t) + t.get("reportedFigures"), t));
        }).orElse(null);
        var tasks = content.tasks().stream().filter(x -> r.id().equals(x.round()) && !x.withdrawn()).toList();
        List<AccountabilityView> accountability = content.accountability().stream()
                .filter(a -> r.id().equals(a.round())).map(a -> accountability(a, content, t)).toList();
        return new RoundView(r.id(), RoundNames.of(r, t), SiteAddresses.round(r.id()), r.group(),
                display(r.stationedFrom()), iso(r.stationedFrom()), display(r.stationedTo()), iso(r.stationedTo()),
                display(r.feedbackDate()), iso(r.feedbackDate()), report,
                tasks.isEmpty() ? null : StatusBreakdown.of(TaskTally.of(tasks), SiteAddresses.taskRound(r.id()),
                        SiteAddresses::taskStatus, SiteAddresses.tableCsv(SiteAddresses.TASK_TABLE)),
                content.cases().stream().filter(c -> r.id().equals(c.round()) && !c.withdrawn())
                        .map(CaseRoutes::card).toList(),
                accountability,
                content.releases().stream().filter(x -> r.id().equals(x.round()) && !x.withdrawn())
                        .map(x -> ReleaseView.card(x, SiteAddresses.release(x))).toList(),
                SiteAddresses.taskRound(r.id()), latestFigures(r.id(), content, t), TaskRoutes.counts(tasks));
    }

    /**
     * The round's latest declared complaint figures ({@link LatestFigures}), each linked to its bulletin; null when no
     * bulletin of the round declares one, so that the block is absent.
     */
    static LatestFiguresView latestFigures(String round, Content content, Strings t) {
        List<LatestFigures.Declared> latest = content.latestFigures(round);
        if (latest.isEmpty()) {
            return null;
        }
        DateWords dates = new DateWords(t::get);
        List<LatestFiguresView.Line> lines = latest.stream().map(d -> new LatestFiguresView.Line(
                d.figure().label(), d.figure().value().display(d.figure().unit()),
                FigureScopeWords.batches(d.figure().scope().batches(), t), dates.display(d.asOf()), d.asOf().iso(),
                d.bulletin().title(), SiteAddresses.bulletin(d.bulletin()))).toList();
        return new LatestFiguresView(round, RoundNames.of(content, round, t), lines);
    }

    private static AccountabilityView accountability(Accountability a, Content content, Strings t) {
        Optional<Round> round = content.round(a.round());
        return AccountabilityView.of(a, RoundNames.of(content, a.round(), t),
                round.map(x -> SiteAddresses.round(x.id())).orElse(null), new DateWords(t::get),
                DeclaredFigureRows.view(a.figures(), a.tables(), a.asOfDate(),
                        RoundNames.of(content, a.round(), t) + (a.region() == null ? "" : a.region())
                                + t.get("declaredFigures"), t));
    }

    private static String display(org.disclose.model.ContentDate d) {
        return d == null ? null : d.display();
    }

    private static String iso(org.disclose.model.ContentDate d) {
        return d == null ? null : d.iso();
    }
}
