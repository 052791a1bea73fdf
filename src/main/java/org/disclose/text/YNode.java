package org.disclose.text;

import org.disclose.text.YNode;
import java.util.List;
import java.util.Map;
import org.disclose.diag.SourcePos;

/**
 * A YAML value that remembers where it was written, so that every check can point the author at the exact place.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Mapping, YNode.Sequence {

    SourcePos pos();

    /** What the author would call this kind of value, for messages. */
    String kind();

    /** A plain value; {@code null} text means the author wrote nothing, {@code ~} or {@code null}. */
    record Scalar(String text, SourcePos pos) implements YNode {
        public boolean isNull() {
            return text == null;
        }

        @Override
        public String kind() {
            return isNull() ? "an empty value" : "a single value";
        }
    }

    record Entry(Scalar key, YNode value) {
    }

    /** Keys in the order written; duplicate keys have already been reported. */
    record Mapping(Map<String, Entry> entries, SourcePos pos) implements YNode {
        @Override
        public String kind() {
            return "a mapping (key: value)";
        }
    }

    record Sequence(List<YNode> items, SourcePos pos) implements YNode {
        @Override
        public String kind() {
            return "a list";
        }
    }
}
