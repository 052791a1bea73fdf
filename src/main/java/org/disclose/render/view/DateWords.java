package org.disclose.render.view;

import java.util.function.UnaryOperator;
import org.disclose.model.figure.PartialDate;

/**
 * Shows a date at the precision the source gave it: a day as every day date ({@code 2023-05-10}), a month as
 * {@code 2023年4月} and a year as {@code 2023年}, with 年 and 月 from the theme's strings ({@code yearSuffix},
 * {@code monthSuffix}). The strings are asked for only when a month or year is shown, so a theme of its own needs
 * them only once its content has such a date.
 */
public record DateWords(UnaryOperator<String> strings) {

    public String display(PartialDate d) {
        return switch (d.precision()) {
            case DAY -> d.iso();
            case MONTH -> d.first().getYear() + strings.apply("yearSuffix") + d.first().getMonthValue()
                    + strings.apply("monthSuffix");
            case YEAR -> d.first().getYear() + strings.apply("yearSuffix");
        };
    }
}
