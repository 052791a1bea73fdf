package org.disclose.text;

import org.disclose.text.FieldLimits;
import org.disclose.text.YNode;
import org.disclose.text.YamlParser;
import org.disclose.text.SourceText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.ControlCharacters;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into {@link YNode}s with positions. Only the composer is used: no object is ever constructed from a tag,
 * so a document cannot instantiate anything. Aliases are allowed but their expansion is budgeted, and nesting and size
 * are limited, so that a hostile or broken file fails fast with a located error.
 */
public final class YamlParser {

    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 500_000;
    static final int MAX_CODE_POINTS = 32 * 1024 * 1024;
    /**
     * Characters a line may have. SnakeYAML copies what it has read of a token each time it reads on, 1,024
     * characters at a time, so a token takes time in the square of its length: a 16 MB value on one line never
     * finishes. A token never spans a line break, and the limit is far above that of any field ({@link FieldLimits}).
     */
    static final int MAX_LINE = 100_000;

    private static final Resolver RESOLVER = new Resolver();

    private YamlParser() {
    }

    /**
     * Parses one YAML document. {@code lineOffset} is added to every line, for YAML that starts further down a file
     * (front matter). Returns empty after reporting a diagnostic when the text is not valid YAML.
     */
    public static Optional<YNode> parse(String text, String path, int lineOffset, Diagnostics diagnostics) {
        if (tooLongLine(text, path, lineOffset, diagnostics)) {
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        options.setMaxAliasesForCollections(100);
        options.setNestingDepthLimit(MAX_DEPTH); // a backstop: DepthLimit stops first, with a position
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        // Merge keys (<<) are not expanded: SnakeYAML's merge never ends on a mapping that merges itself.
        options.setMergeOnCompose(false);
        Positions positions = new Positions(text, path, lineOffset);
        try {
            Parser parser = new DepthLimit(new ParserImpl(new StreamReader(text), options), positions);
            Node root = new Composer(parser, RESOLVER, options).getSingleNode();
            if (root == null) {
                return Optional.empty();
            }
            return Optional.of(new Converter(positions, diagnostics).convert(root, 0));
        } catch (MarkedYAMLException e) {
            Mark mark = reportedMark(e, text.codePointCount(0, text.length()));
            SourcePos pos = mark == null ? new SourcePos(path, 1 + lineOffset, 1) : positions.of(mark);
            diagnostics.error(pos, "invalid YAML: " + describe(e) + separatorHint(text, lineOffset));
        } catch (TooLarge e) {
            diagnostics.error(e.pos, e.getMessage());
        } catch (YAMLException e) {
            diagnostics.error(new SourcePos(path, 1 + lineOffset, 1), "invalid YAML: " + firstLine(e.getMessage()));
        }
        return Optional.empty();
    }

    /** Reports the first line longer than {@link #MAX_LINE}, if any. */
    private static boolean tooLongLine(String text, String path, int lineOffset, Diagnostics diagnostics) {
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                continue;
            }
            if (i - start > MAX_LINE && text.codePointCount(start, i) > MAX_LINE) {
                diagnostics.error(new SourcePos(path, line + lineOffset, 1), String.format(java.util.Locale.ROOT,
                        "this line has %,d characters, more than the %,d a line of YAML may have: shorten the value "
                                + "on it (each field's limit is in docs/content.md, section 14.4)",
                        text.codePointCount(start, i), MAX_LINE));
                return true;
            }
            line++;
            start = i + 1;
        }
        return false;
    }

    /**
     * SnakeYAML's problem mark is where it gave up. At the end of the text (an unclosed quote or bracket, a key
     * without ':' on the last line: "found unexpected end of stream", "but got <stream end>") that says nothing of
     * where the mistake is; the context mark, where the unfinished quote, bracket or key starts, does.
     */
    private static Mark reportedMark(MarkedYAMLException e, int end) {
        Mark problem = e.getProblemMark();
        Mark context = e.getContextMark();
        return problem == null || context != null && problem.getIndex() >= end ? context : problem;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        if (problem.startsWith("mapping values are not allowed")) {
            problem += "; a value that contains ': ' must be in quotes, as title: \"关于: 本站\"";
        }
        String context = e.getContext();
        return context == null ? problem : context + ", " + problem;
    }

    /**
     * Text pasted from a word processor can hold an invisible line separator (U+2028, U+2029, U+0085) that YAML reads
     * as a line break, splitting a value in two; SnakeYAML's message then makes no sense to the author.
     */
    private static String separatorHint(String text, int lineOffset) {
        for (int i = 0, line = 1, start = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                start = i + 1;
            } else if (c == '\u2028' || c == '\u2029' || c == '\u0085') {
                return String.format(java.util.Locale.ROOT, "; line %d, column %d holds an invisible line separator "
                        + "(U+%04X) that YAML reads as a line break: delete it, or put the value in quotes",
                        line + lineOffset, text.codePointCount(start, i) + 1, (int) c);
            }
        }
        return "";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable document";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /**
     * Positions of SnakeYAML's marks as Disclose counts them. The mark's own line and column follow YAML 1.1, where
     * U+2028, U+2029 and U+0085 break lines (and U+FEFF takes no column); for the rest of Disclose (and for Notepad)
     * they are characters of a line. In a text with any of them, the line and column are counted again from the
     * mark's index, in code points like SnakeYAML's; other texts, nearly all, keep SnakeYAML's count and no line table.
     */
    private static final class Positions {
        private final String text;
        private final String path;
        private final int lineOffset;
        private final boolean recount;
        private SourceText.Lines lines; // made when first needed, as most texts have no error and no recount

        Positions(String text, String path, int lineOffset) {
            this.text = text;
            this.path = path;
            this.lineOffset = lineOffset;
            this.recount = text.chars().anyMatch(Positions::countedOtherwise);
        }

        SourcePos of(Mark mark) {
            if (!recount) {
                return new SourcePos(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
            }
            if (lines == null) {
                lines = new SourceText.Lines(text);
            }
            int index = mark.getIndex();
            return new SourcePos(path, lines.line(index) + lineOffset, lines.column(index));
        }

        /** The characters SnakeYAML's line and column count otherwise than Disclose does. */
        private static boolean countedOtherwise(int c) {
            return c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\uFEFF';
        }
    }

    private static TooLarge tooLarge(SourcePos pos) {
        return new TooLarge(pos, "document too large or too deeply nested (more than " + MAX_NODES + " values or "
                + MAX_DEPTH + " levels, often from aliases that expand): split or simplify it");
    }

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SourcePos pos;

        TooLarge(SourcePos pos, String message) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    /**
     * Stops a document nested deeper than {@link #MAX_DEPTH} at the node that opens the level too many, with the same
     * located message as {@link Converter}. SnakeYAML's own limit throws without a mark, so it would be reported at
     * the top of the file; this one sees each node's event before the composer counts it, and stops first.
     */
    private static final class DepthLimit implements Parser {
        private final Parser parser;
        private final Positions positions;
        private int open; // collections started and not yet ended: the depth of the next node, as Converter counts

        DepthLimit(Parser parser, Positions positions) {
            this.parser = parser;
            this.positions = positions;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            Event event = peekEvent();
            return event != null && event.is(id);
        }

        @Override
        public Event peekEvent() {
            return checked(parser.peekEvent());
        }

        @Override
        public Event getEvent() {
            Event event = checked(parser.getEvent());
            if (event instanceof CollectionStartEvent) {
                open++;
            } else if (event instanceof CollectionEndEvent) {
                open--;
            }
            return event;
        }

        private Event checked(Event event) {
            if (event instanceof NodeEvent && open > MAX_DEPTH) {
                throw tooLarge(positions.of(event.getStartMark()));
            }
            return event;
        }
    }

    /** Walks the composed graph; aliases are expanded, within a node budget. */
    private static final class Converter {
        private final Positions positions;
        private final Diagnostics diagnostics;
        private int nodes;

        Converter(Positions positions, Diagnostics diagnostics) {
            this.positions = positions;
            this.diagnostics = diagnostics;
        }

        YNode convert(Node node, int depth) {
            SourcePos pos = positions.of(node.getStartMark());
            if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
                throw tooLarge(pos);
            }
            if (node instanceof ScalarNode scalar) {
                boolean isNull = Tag.NULL.equals(scalar.getTag());
                String value = scalar.getValue();
                int control = isNull ? -1 : ControlCharacters.first(value);
                if (control >= 0) { // written as an escape such as "\a" or "\x1b": the text itself has none
                    diagnostics.error(pos, ControlCharacters.message(value.charAt(control),
                            ControlCharacters.count(value, control + 1)));
                }
                return new YNode.Scalar(isNull ? null : value, pos);
            }
            if (node instanceof SequenceNode seq) {
                List<YNode> items = new ArrayList<>(seq.getValue().size());
                for (Node item : seq.getValue()) {
                    items.add(convert(item, depth + 1));
                }
                return new YNode.Sequence(Collections.unmodifiableList(items), pos);
            }
            MappingNode map = (MappingNode) node;
            Map<String, YNode.Entry> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                YNode key = convert(tuple.getKeyNode(), depth + 1);
                if (!(key instanceof YNode.Scalar scalarKey) || scalarKey.isNull()) {
                    diagnostics.error(key.pos(), "a key must be a plain name, not " + key.kind());
                    continue;
                }
                YNode value = convert(tuple.getValueNode(), depth + 1);
                YNode.Entry previous = entries.get(scalarKey.text());
                if (previous != null) {
                    diagnostics.error(scalarKey.pos(), "duplicate key '" + scalarKey.text()
                            + "' (first given at line " + previous.key().pos().line() + "): keep one");
                    continue;
                }
                entries.put(scalarKey.text(), new YNode.Entry(scalarKey, value));
            }
            return new YNode.Mapping(Collections.unmodifiableMap(entries), pos);
        }
    }
}
