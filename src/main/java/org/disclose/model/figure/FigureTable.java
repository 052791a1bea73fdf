package org.disclose.model.figure;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A table a source prints (第12批 by region × channel; by pollution type; a national accountability summary by
 * province): every cell a declared {@link Figure} of its column's key, scoped to its row's region or type, so that
 * every relation among figures applies to each row as to any other statement. The table itself declares how its
 * rows relate to the count over all of them ({@link #rules}).
 *
 * @param by         what the rows break the count down by
 * @param rowHeading the source's words over the row names (地区, 行业), or null for the theme's
 * @param total      the source's total row (合计), or null where it prints none
 * @param counts     for each column, what its rows are checked against: the total row's cell, or else the figure of
 *                   the same key, scope and date declared beside the table; null where neither is given
 */
public record FigureTable(String caption, TableRows by, String rowHeading, List<TableColumn> columns,
                          List<TableRow> rows, TableRow total, List<Figure> counts) implements Serializable {

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        counts = Collections.unmodifiableList(new ArrayList<>(counts));
        if (counts.size() != columns.size()) {
            throw new IllegalArgumentException("a count, or null, for every column");
        }
    }

    /** Every figure the table declares: its rows' cells, then its total row's. */
    public List<Figure> figures() {
        List<Figure> all = new ArrayList<>();
        rows.forEach(r -> all.addAll(r.given()));
        if (total != null) {
            all.addAll(total.given());
        }
        return all;
    }

    /** The cells the rows give in column {@code i}, in row order. */
    public List<Figure> column(int i) {
        return rows.stream().map(r -> r.cells().get(i)).filter(Objects::nonNull).toList();
    }

    public Optional<Figure> count(int i) {
        return Optional.ofNullable(counts.get(i));
    }

    /**
     * Rows by region add up to each column's count; rows by type are each at most it. A rate (办结率 by city) neither
     * adds up nor bounds: each row's rate is checked against its own row's figures, as any statement's.
     */
    public List<FigureRule> rules() {
        List<FigureRule> rules = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).unit().convertsTo(FigureUnit.PERCENT)) {
                continue;
            }
            rules.add(by == TableRows.REGION ? new TableTotalRule(this, i) : new TopicRowsRule(this, i));
        }
        return rules;
    }

    /**
     * Whether, in some column, the rows by type add up to more than the count of cases: what a reader must be told,
     * since one case may be of several types.
     */
    public boolean typesExceedCount() {
        if (by != TableRows.TYPE) {
            return false;
        }
        for (int i = 0; i < columns.size(); i++) {
            Figure count = counts.get(i);
            if (columns.get(i).unit().convertsTo(FigureUnit.PERCENT)) {
                continue;
            }
            List<Figure> rows = column(i);
            if (count != null && rows.stream().allMatch(r -> r.unit().convertsTo(count.unit()))
                    && rows.stream().map(Bounds::of).reduce(Bounds.ZERO, Bounds::plus).above(Bounds.of(count))) {
                return true;
            }
        }
        return false;
    }
}
