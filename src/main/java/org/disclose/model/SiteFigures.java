package org.disclose.model;

import java.io.Serializable;
import java.util.List;
import org.disclose.model.figure.Figure;
import org.disclose.model.figure.FigureRule;

/**
 * Every figure the site declares and every relation declared among them, from bulletins, round reports,
 * accountability, typical cases and releases alike: one construct, checked in one place.
 *
 * @param sources the figures of each declaring entry (a bulletin, a report, a case …), each in source order: one
 *                entry stating a figure twice with two values contradicts itself
 * @param rules   the relations the content declares, beside the standard ones
 */
public record SiteFigures(List<List<Figure>> sources, List<FigureRule> rules) implements Serializable {

    public SiteFigures {
        sources = List.copyOf(sources);
        rules = List.copyOf(rules);
    }

    public List<Figure> figures() {
        return sources.stream().flatMap(List::stream).toList();
    }
}
