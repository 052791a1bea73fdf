package org.disclose.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
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

    private static final Resolver RESOLVER = new Resolver();

    private YamlParser() {
    }

    /**
     * Parses one YAML document. {@code lineOffset} is added to every line, for YAML that starts further down a file
     * (front matter). Returns empty after reporting a diagnostic when the text is not valid YAML.
     */
    public static Optional<YNode> parse(String text, String path, int lineOffset, Diagnostics diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both positions
        options.setMaxAliasesForCollections(100);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        // Merge keys (<<) are not expanded: SnakeYAML's merge never ends on a mapping that merges itself.
        options.setMergeOnCompose(false);
        try {
            Composer composer = new Composer(new ParserImpl(new StreamReader(text), options), RESOLVER, options);
            Node root = composer.getSingleNode();
            if (root == null) {
                return Optional.empty();
            }
            return Optional.of(new Converter(path, lineOffset, diagnostics).convert(root, 0));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePos pos = mark == null ? new SourcePos(path, 1 + lineOffset, 1) : position(path, lineOffset, mark);
            diagnostics.error(pos, "invalid YAML: " + describe(e));
        } catch (TooLarge e) {
            diagnostics.error(e.pos, e.getMessage());
        } catch (YAMLException e) {
            diagnostics.error(new SourcePos(path, 1 + lineOffset, 1), "invalid YAML: " + firstLine(e.getMessage()));
        }
        return Optional.empty();
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        if (problem.startsWith("mapping values are not allowed")) {
            problem += "; a value that contains ': ' must be in quotes, as title: \"关于: 本站\"";
        }
        String context = e.getContext();
        return context == null ? problem : context + ", " + problem;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable document";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    static SourcePos position(String path, int lineOffset, Mark mark) {
        return new SourcePos(path, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    }

    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SourcePos pos;

        TooLarge(SourcePos pos, String message) {
            super(message, null, false, false);
            this.pos = pos;
        }
    }

    /** Walks the composed graph; aliases are expanded, within a node budget. */
    private static final class Converter {
        private final String path;
        private final int lineOffset;
        private final Diagnostics diagnostics;
        private int nodes;

        Converter(String path, int lineOffset, Diagnostics diagnostics) {
            this.path = path;
            this.lineOffset = lineOffset;
            this.diagnostics = diagnostics;
        }

        YNode convert(Node node, int depth) {
            SourcePos pos = position(path, lineOffset, node.getStartMark());
            if (++nodes > MAX_NODES || depth > MAX_DEPTH) {
                throw new TooLarge(pos, "document too large or too deeply nested (more than " + MAX_NODES
                        + " values or " + MAX_DEPTH + " levels, often from aliases that expand): split or simplify it");
            }
            if (node instanceof ScalarNode scalar) {
                boolean isNull = Tag.NULL.equals(scalar.getTag());
                return new YNode.Scalar(isNull ? null : scalar.getValue(), pos);
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
