package org.disclose.render;

import java.util.List;
import java.util.Optional;
import org.disclose.diag.SourcePos;
import org.disclose.model.Content;
import org.disclose.model.Neighbours;
import org.disclose.model.Round;
import org.disclose.model.TypicalCase;
import org.disclose.model.figure.FigureUnit;
import org.disclose.render.view.ArticleFurniture;
import org.disclose.render.view.CaseCard;
import org.disclose.render.view.CaseView;
import org.disclose.render.view.DateWords;
import org.disclose.render.view.HistoryView;
import org.disclose.render.view.ListView;
import org.disclose.render.view.PathLink;
import org.disclose.render.view.StatusView;

/** /cases/ and /cases/SLUG/: the typical cases. */
final class CaseRoutes {

    private CaseRoutes() {
    }

    static CaseCard card(TypicalCase c) {
        return new CaseCard(c.title(), SiteAddresses.typicalCase(c), c.region(), StatusView.of(c.status()),
                c.summary());
    }

    static void add(List<Route> routes, Content content, Strings t, int pageSize, PathLink home, PhotoViews photos) {
        if (content.cases().isEmpty()) {
            return;
        }
        List<TypicalCase> listed = content.cases().stream().filter(c -> !c.withdrawn()).toList();
        List<CaseCard> cards = listed.stream().map(CaseRoutes::card).toList();
        for (Paginate.Slice<CaseCard> slice : Paginate.of(cards, pageSize, SiteAddresses.CASES)) {
            routes.add(new Route(slice.path(), "case-list", t.get("cases"), null, List.of(home),
                    new ListView<>(t.get("cases"), slice.items(), slice.pager(),
                            SiteAddresses.tableCsv(SiteAddresses.CASE_TABLE)), SourcePos.file("content/cases"))
                    .asColumn());
        }
        PathLink all = new PathLink(t.get("cases"), SiteAddresses.CASES);
        Neighbours<TypicalCase> neighbours = new Neighbours<>(listed);
        for (TypicalCase c : content.cases()) {
            routes.add(new Route(SiteAddresses.typicalCase(c), "case", c.title(), c.summary(), List.of(home, all),
                    view(c, content, t, new DateWords(t::get), photos), c.where().origin())
                    .asArticle(PageMeta.article(c.history().published(), null, List.of(), c.summary(),
                            PublishedPhotos.shareImage(SiteAddresses.typicalCase(c), c.photos(), c.images())))
                    .withFurniture(new ArticleFurniture(link(neighbours.previous(c)), link(neighbours.next(c)),
                            List.of())));
        }
    }

    /** A case as 上一篇 or 下一篇 shows it; null for none. */
    private static PathLink link(TypicalCase c) {
        return c == null ? null : new PathLink(c.title(), SiteAddresses.typicalCase(c));
    }

    private static CaseView view(TypicalCase c, Content content, Strings t, DateWords dates,
                                 PhotoViews photos) {
        Optional<Round> round = content.round(c.round());
        List<PathLink> tasks = c.tasks().stream()
                .flatMap(id -> content.tasks().stream().filter(task -> task.id().equals(id)))
                .map(task -> new PathLink(task.problem(), SiteAddresses.task(task)))
                .toList();
        return new CaseView(c.title(), round.map(x -> RoundNames.of(x, t)).orElse(null),
                round.map(r -> SiteAddresses.round(r.id())).orElse(null), c.region(), StatusView.of(c.status()),
                c.summary(),
                c.keyFigures().stream().map(f -> new CaseView.Figure(f.label(),
                        f.value().display(FigureUnit.of("")), f.unit().word())).toList(),
                c.milestones().stream().map(m -> new CaseView.Milestone(dates.display(m.date()), m.date().iso(),
                        m.text())).toList(),
                photos.gallery(c.images()),
                tasks, c.bodyHtml(), HistoryView.of(c.history()),
                DeclaredFigureRows.view(c.figures(), c.tables(), null, c.title() + t.get("declaredFigures"), t),
                AttachmentViews.of(c.attachments(), SiteAddresses.typicalCase(c), t), photos.of(c.photos()));
    }
}
