package org.disclose.render;

import java.util.Comparator;
import java.util.List;
import org.disclose.model.ContentDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.disclose.diag.SourcePos;
import org.disclose.model.Bulletin;
import org.disclose.model.ComplaintBatch;
import org.disclose.model.Content;
import org.disclose.model.Neighbours;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.PartialDate;
import org.disclose.render.view.ArticleFurniture;
import org.disclose.render.view.BulletinCard;
import org.disclose.render.view.BulletinListView;
import org.disclose.render.view.BulletinView;
import org.disclose.render.view.DeclaredFiguresView;
import org.disclose.render.view.FigureTableView;
import org.disclose.render.view.PathLink;

/**
 * /bulletins/ (every bulletin, newest first) and a page per bulletin at /bulletins/slug/, linked both ways with the
 * complaint batch tables of the batches it covers.
 */
final class BulletinRoutes {

    /** Newest first; of one day, 交办 before 办理, then by title, so that the order is stable. */
    static final Comparator<Bulletin> NEWEST_FIRST = Comparator.comparing(Bulletin::date).reversed()
            .thenComparing(Bulletin::kind).thenComparing(Bulletin::title).thenComparing(Bulletin::slug);

    private BulletinRoutes() {
    }

    static void add(List<Route> routes, Content content, Strings t, PathLink home) {
        if (content.bulletins().isEmpty()) {
            return;
        }
        PathLink all = new PathLink(t.get("bulletins"), SiteAddresses.BULLETINS);
        List<Bulletin> newest = content.bulletins().stream().sorted(NEWEST_FIRST).toList();
        Neighbours<Bulletin> neighbours = new Neighbours<>(newest);
        for (Bulletin b : newest) {
            routes.add(new Route(SiteAddresses.bulletin(b), "bulletin", b.title(), null, List.of(home, all),
                    view(b, content, t), b.where().origin())
                    .asArticle(PageMeta.article(new ContentDate(b.date(), null), b.source(), List.of(), null, null))
                    .withFurniture(new ArticleFurniture(link(neighbours.previous(b)), link(neighbours.next(b)),
                            List.of())));
        }
        List<BulletinCard> cards = newest.stream().map(b -> new BulletinCard(b.title(), SiteAddresses.bulletin(b),
                b.kind().word(), FigureScopeWords.batches(b.batches(), t), b.date().toString(), b.date().toString())).toList();
        routes.add(new Route(SiteAddresses.BULLETINS, "bulletin-list", t.get("bulletins"), null, List.of(home),
                new BulletinListView(t.get("bulletins"), cards), SourcePos.file("content/bulletins")).asColumn());
    }

    /** A bulletin as 上一篇 or 下一篇 shows it; null for none. */
    private static PathLink link(Bulletin b) {
        return b == null ? null : new PathLink(b.title(), SiteAddresses.bulletin(b));
    }

    /** The bulletins whose batches include batch {@code b} of its round, newest first, for the batch's table. */
    static List<PathLink> covering(Content content, ComplaintBatch b) {
        return content.bulletins().stream().filter(x -> covers(x, b)).sorted(NEWEST_FIRST)
                .map(x -> new PathLink(x.title(), SiteAddresses.bulletin(x))).toList();
    }

    private static boolean covers(Bulletin x, ComplaintBatch b) {
        return x.round().equals(b.round())
                && (x.batches() == null || x.batches().first() <= b.number() && b.number() <= x.batches().last());
    }

    private static BulletinView view(Bulletin b, Content content, Strings t) {
        // a table's cells are shown in the table, not again one by one
        Set<Figure> inTables = b.tables().stream().flatMap(x -> x.figures().stream()).collect(Collectors.toSet());
        DeclaredFiguresView figures = DeclaredFigureRows.ofBulletin(b.figures().stream()
                .filter(f -> !inTables.contains(f)).toList(), PartialDate.day(b.date()), b.title() + t.get("bulletinFigures"), t);
        List<PathLink> batchPages = content.complaints().stream().filter(c -> covers(b, c))
                .sorted(Comparator.comparingInt(ComplaintBatch::number))
                .map(c -> new PathLink(t.get("batchPrefix") + c.number() + t.get("batchSuffix"),
                        SiteAddresses.complaintBatch(c))).toList();
        var round = content.round(b.round());
        return new BulletinView(b.title(), b.kind().word(), FigureScopeWords.batches(b.batches(), t), b.date().toString(),
                b.date().toString(), round.map(x -> RoundNames.of(x, t)).orElse(b.round()),
                round.map(r -> SiteAddresses.round(r.id())).orElse(null), b.source(), figures,
                FigureTableView.of(b.tables(), t::get), b.bodyHtml(),
                batchPages, SiteAddresses.BULLETINS);
    }
}
