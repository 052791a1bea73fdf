package org.disclose.model.figure;

import java.io.Serializable;
import java.util.List;

/**
 * A relation between figures by their keys, from the vocabulary ({@link StandardRelations}) or declared by an author
 * for custom figures: bound to every set of declared figures it applies to.
 */
public sealed interface FigureRule extends Serializable
        permits PartsRule, RateRule, SubsetRule, RunningTotalRule, TableTotalRule,
        TopicRowsRule {

    List<Relation> bind(List<Figure> figures);
}
