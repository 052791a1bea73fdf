package org.disclose.model.figure;

/** How much of a date the source gives: 2023-05-10, 2023-04 (截至2023年4月底) or 2023. */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
