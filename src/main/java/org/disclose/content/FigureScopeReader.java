package org.disclose.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.model.figure.Batches;
import org.disclose.model.figure.FigureScope;
import org.disclose.text.Fields;

/**
 * The batches and scope of declared figures: {@code batch: 12}, {@code batches: 1-13} or {@code through: 22}
 * (cumulative: the same batches as 1-22 for the checks, kept as worded so that it shows as 截至第22批), at most one
 * of them, and in a figure's {@code scope} also {@code round}, {@code region} and {@code type} (a pollution type, for
 * one row of a table by type). What a figure's scope leaves out it
 * takes from where it was declared (a bulletin's round and batches).
 */
final class FigureScopeReader {

    static final List<String> BATCH_FIELDS = List.of("batch", "batches", "through");
    private static final Pattern RANGE = Pattern.compile("([0-9]{1,4})\\s*(?:-|–|—|至)\\s*([0-9]{1,4})");

    private FigureScopeReader() {
    }

    /**
     * What batches a mapping gives: {@code batches} is null for none (the round as a whole); {@code ok} is false after
     * an error.
     */
    record Read(Batches batches, boolean ok) {
    }

    /**
     * The batches {@code f} gives, or {@code fallback} when it gives none; not ok after an error when what it gives
     * is not a batch, a range or a cumulative count, or gives more than one of them.
     */
    static Read batches(Fields f, Batches fallback) {
        List<String> given = BATCH_FIELDS.stream().filter(f::has).toList();
        if (given.size() > 1) {
            f.diagnostics().error(f.posOf(given.get(1)), "give only one of 'batch', 'batches' and 'through', not '"
                    + given.get(0) + "' and '" + given.get(1) + "'");
            return new Read(null, false);
        }
        if (given.isEmpty()) {
            return new Read(fallback, true);
        }
        String key = given.get(0);
        String text = f.string(key);
        if (text == null) {
            return new Read(null, false);
        }
        Optional<Batches> b = parse(key, text.trim());
        if (b.isEmpty()) {
            f.diagnostics().error(f.posOf(key), "'" + key + "' is '" + text + "': " + switch (key) {
                case "batches" -> "write a range of batches from 1 upwards, first to last, such as 1-13";
                case "batch" -> "write the batch's number, such as 12";
                default -> "write the last batch of the running total, such as 22";
            });
        }
        return new Read(b.orElse(null), b.isPresent());
    }

    private static Optional<Batches> parse(String key, String text) {
        try {
            if (key.equals("batches")) {
                Matcher m = RANGE.matcher(text);
                return m.matches() ? Optional.of(Batches.range(Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)))) : Optional.empty();
            }
            if (!text.matches("[0-9]{1,4}")) {
                return Optional.empty();
            }
            int n = Integer.parseInt(text);
            return Optional.of(key.equals("batch") ? Batches.single(n) : Batches.through(n));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A figure's {@code scope:} over {@code fallback}; empty after an error. */
    static Optional<FigureScope> scope(Fields f, FigureScope fallback) {
        Optional<Fields> s = f.mapping("scope", "the scope of the figure");
        if (s.isEmpty()) {
            return f.has("scope") ? Optional.empty() : Optional.of(fallback);
        }
        Fields scope = s.get();
        String round = scope.has("round") ? scope.string("round") : fallback.round();
        String region = scope.has("region") ? scope.string("region") : fallback.region();
        String type = scope.has("type") ? scope.string("type") : fallback.topic();
        Read batches = batches(scope, fallback.batches());
        scope.reportUnknown();
        if (!batches.ok() || scope.has("round") && round == null || scope.has("region") && region == null
                || scope.has("type") && type == null) {
            return Optional.empty();
        }
        return Optional.of(new FigureScope(round, batches.batches(), region, type));
    }
}
