package org.disclose.content;

import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.text.Fields;
import org.disclose.text.YamlParser;

/**
 * A mapping with a {@code figures:} (and {@code tables:}) list, written as YAML in a test and read as a content file's
 * would be, with every diagnostic the reading reported, as printed.
 */
final class FigureLists {

    private final Diagnostics diagnostics = new Diagnostics();
    private final String file;
    private final FigureReader.Defaults defaults;

    FigureLists(String file, FigureReader.Defaults defaults) {
        this.file = file;
        this.defaults = defaults;
    }

    FigureReader.Declared read(String yaml) {
        Fields f = Fields.of(YamlParser.parse(yaml, file, 0, diagnostics).orElseThrow(), diagnostics, "it")
                .orElseThrow();
        FigureReader.Declared declared = FigureReader.read(f, defaults);
        f.reportUnknown();
        return declared;
    }

    List<String> messages() {
        return diagnostics.sorted().stream().map(Diagnostic::toString).toList();
    }
}
