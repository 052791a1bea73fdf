package org.disclose.content;

import org.disclose.text.Fields;
import org.disclose.text.YNode;
import org.disclose.text.YamlParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclose.diag.Diagnostics;

/** A YAML data file whose top level is a list of records (rounds, tasks, accountability). */
public final class DataFile {

    private DataFile() {
    }

    /**
     * The records of the file, each as {@link Fields} named {@code what} in messages ("the task"); empty when the file
     * is absent or broken (reported).
     */
    public static List<Fields> records(ContentFiles files, Path file, String what, Diagnostics diagnostics) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String shown = files.shown(file);
        Optional<YNode> root = files.text(file, diagnostics)
                .flatMap(text -> YamlParser.parse(text, shown, 0, diagnostics));
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof YNode.Sequence seq)) {
            diagnostics.error(root.get().pos(), shown + " must be a list of records, each starting with '- ', not "
                    + root.get().kind());
            return List.of();
        }
        List<Fields> out = new ArrayList<>(seq.items().size());
        for (YNode item : seq.items()) {
            Fields.of(item, diagnostics, what).ifPresent(out::add);
        }
        return out;
    }
}
