package org.disclose.markdown;

import org.commonmark.node.Node;

/**
 * How deeply Markdown nests. commonmark-java parses and renders nested block quotes, lists, emphasis and images by
 * recursion, so a body nested a few thousand deep overflows the stack. Real content nests a handful of levels; past
 * {@link #LIMIT} a body is refused with an error at the place it goes too deep, found by {@link #tooDeep} in one
 * pass over the text before it is parsed. The estimate is generous (it counts every container marker and every
 * unclosed bracket or emphasis opener), and {@link #deepestNode} measures the parsed tree itself, without recursion,
 * before anything walks it recursively.
 */
final class MarkdownNesting {

    /** Levels a body may nest: block quotes and list items, plus open brackets and emphasis within a paragraph. */
    static final int LIMIT = 100;
    /** The parsed tree may be a few levels deeper than the text estimate (document, paragraph, text). */
    static final int TREE_LIMIT = 2 * LIMIT;

    private MarkdownNesting() {
    }

    /** Where a text nests too deeply: 0-based line and column. */
    record Place(int line, int column) {
    }

    /** The first place where {@code text} nests more than {@link #LIMIT} levels, or null. Linear in its length. */
    static Place tooDeep(String text) {
        int line = 0;
        int i = 0;
        int n = text.length();
        Inline inline = new Inline();
        boolean fenced = false;
        while (i < n) {
            int lineStart = i;
            int end = i;
            while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            // block containers: '>' markers and list markers, and indentation (a nested list item is indented
            // by at least two columns per level)
            int markers = 0;
            int columns = 0;
            boolean afterMarker = false;
            int p = i;
            while (p < end) {
                char c = text.charAt(p);
                if (c == ' ' || c == '\t') {
                    if (!afterMarker) {
                        columns += c == '\t' ? 4 : 1;
                    }
                    afterMarker = false;
                    p++;
                } else if (c == '>') {
                    markers++;
                    afterMarker = true;
                    p++;
                } else if ((c == '-' || c == '+' || c == '*') && (p + 1 == end || isBlank(text.charAt(p + 1)))) {
                    markers++;
                    afterMarker = true;
                    p++;
                } else if (c >= '0' && c <= '9') {
                    int q = p;
                    while (q < end && q - p < 9 && text.charAt(q) >= '0' && text.charAt(q) <= '9') {
                        q++;
                    }
                    if (q < end && (text.charAt(q) == '.' || text.charAt(q) == ')')
                            && (q + 1 == end || isBlank(text.charAt(q + 1)))) {
                        markers++;
                        afterMarker = true;
                        p = q + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
                if (markers + columns / 2 > LIMIT) {
                    return new Place(line, p - 1 - lineStart);
                }
            }
            int block = markers + columns / 2;
            if (p == end) {
                inline = new Inline(); // a blank line ends the paragraph, and what it left open
            } else if (text.startsWith("```", p) || text.startsWith("~~~", p)) {
                fenced = !fenced;
                inline = new Inline();
            } else if (!fenced) {
                int column = inline.scan(text, p, end, LIMIT - block);
                if (column >= 0) {
                    return new Place(line, column - lineStart);
                }
            }
            // the next line: \r\n, \r or \n
            i = end;
            if (i < n && text.charAt(i) == '\r') {
                i++;
            }
            if (i < n && text.charAt(i) == '\n' && (i == end || text.charAt(i - 1) == '\r')) {
                i++;
            }
            line++;
        }
        return null;
    }

    /** The first node of {@code document} deeper than {@link #TREE_LIMIT}, found by walking it without recursion. */
    static Node deepestNode(Node document) {
        int depth = 0;
        Node node = document;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                if (++depth > TREE_LIMIT) {
                    return node;
                }
                continue;
            }
            while (node != document && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == document ? null : node.getNext();
        }
        return null;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    /**
     * What a paragraph has left open so far: brackets ({@code [} and {@code ![}), and emphasis openers of each kind.
     * A run of {@code *} or {@code _} opens or closes by CommonMark's flanking rules; a run that may do both (as
     * between two Chinese characters, {@code 整改**已完成**的}) closes when enough is open, else opens.
     */
    private static final class Inline {
        int brackets;
        int stars;
        int underscores;

        /** Scans {@code [from, to)}; the index where more than {@code room} levels are open, or -1. */
        int scan(String text, int from, int to, int room) {
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    brackets++;
                } else if (c == ']') {
                    brackets = Math.max(0, brackets - 1);
                } else if (c == '*' || c == '_') {
                    int runEnd = i;
                    while (runEnd < to && text.charAt(runEnd) == c) {
                        runEnd++;
                    }
                    emphasis(c, runEnd - i, i == from ? ' ' : text.charAt(i - 1),
                            runEnd == to ? ' ' : text.charAt(runEnd));
                    i = runEnd - 1;
                }
                if (brackets + stars + underscores > room) {
                    return i;
                }
            }
            return -1;
        }

        private void emphasis(char c, int length, char before, char after) {
            boolean left = !Character.isWhitespace(after)
                    && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
            boolean right = !Character.isWhitespace(before)
                    && (!isPunctuation(before) || Character.isWhitespace(after) || isPunctuation(after));
            boolean opens = c == '*' ? left : left && (!right || isPunctuation(before));
            boolean closes = c == '*' ? right : right && (!left || isPunctuation(after));
            int open = c == '*' ? stars : underscores;
            if (closes && (!opens || open >= length)) {
                open = Math.max(0, open - length);
            } else if (opens) {
                open += length;
            }
            if (c == '*') {
                stars = open;
            } else {
                underscores = open;
            }
        }

        private static boolean isPunctuation(char c) {
            int type = Character.getType(c);
            return (c < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0)
                    || type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                    || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                    || type == Character.OTHER_PUNCTUATION || type == Character.MATH_SYMBOL
                    || type == Character.CURRENCY_SYMBOL || type == Character.MODIFIER_SYMBOL
                    || type == Character.OTHER_SYMBOL;
        }
    }
}
