package org.disclose.model;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.disclose.model.figure.Batches;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureRule;
import org.disclose.model.figure.FigureTable;

/**
 * A complaints bulletin as an office publishes it during the inspectors' stay ({@code content/bulletins/*.md}): a
 * 交办 bulletin for 第N批, or a 办理 bulletin for a batch, a range or all batches so far, with the figures it declares
 * and a Markdown body. Each has a page of its own, linked with the complaint batch tables it covers.
 *
 * @param batches  the batches it reports on, or null for the round as a whole
 * @param date     the day it was published; its figures stand at this date unless they say otherwise
 * @param figures  its declared figures, each scoped to the round and batches unless it says otherwise
 * @param rules    the relations its figures declare among custom figures ({@code parts:}) and its tables' relations
 * @param tables   the tables it prints (by region, by type), whose cells are also among its figures
 * @param source   where the office published it (a URL or a name), or null
 * @param bodyHtml the rendered Markdown body, already sanitised
 * @param draft    not published unless a build asks for drafts, like a release
 */
public record Bulletin(
        String slug,
        BulletinKind kind,
        String round,
        Batches batches,
        LocalDate date,
        String title,
        String source,
        List<Figure> figures,
        List<FigureRule> rules,
        List<FigureTable> tables,
        String bodyHtml,
        boolean draft,
        Where where) implements Serializable {

    public Bulletin {
        figures = List.copyOf(figures);
        rules = List.copyOf(rules);
        tables = List.copyOf(tables);
    }

    /** Its page's site path, under which the publication record knows it. */
    public String path() {
        return "bulletins/" + slug + "/";
    }
}
