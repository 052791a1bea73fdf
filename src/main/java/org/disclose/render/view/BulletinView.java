package org.disclose.render.view;

import java.util.List;

/**
 * One bulletin's page: what it reports, its figures as declared, its text, and the complaint batch tables in its
 * scope (none where the site has no complaint rows for them).
 *
 * @param batches    its batches in the theme's words ({@code 第12批}, {@code 第1至13批}), or the whole round's words
 * @param source     where the office published it, or null
 * @param batchPages the complaint batch tables it covers
 * @param tables     the tables it prints; their cells are not repeated among {@code figures}
 */
public record BulletinView(String title, String kind, String batches, String date, String dateIso, String roundName,
                           String roundPath, String source, DeclaredFiguresView figures, List<FigureTableView> tables,
                           String bodyHtml, List<PathLink> batchPages, String listPath) {

    public boolean hasFigures() {
        return figures != null;
    }

    public boolean hasTables() {
        return !tables.isEmpty();
    }

    public boolean hasBatchPages() {
        return !batchPages.isEmpty();
    }
}
