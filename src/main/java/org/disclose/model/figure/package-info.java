/**
 * Declared figures: what an office reports (a value as printed, its unit, its own label, the date it stands at, the
 * batches and region it covers, where it was read) and the relations among figures (parts of a total, rates, running
 * totals, subsets, table totals), checked without any records behind them. A figure the source hedges (以上, 约) is
 * never treated as exact.
 */
package org.disclose.model.figure;
