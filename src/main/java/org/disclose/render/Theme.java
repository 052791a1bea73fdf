package org.disclose.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.disclose.content.FieldLimits;
import org.disclose.content.Fields;
import org.disclose.content.SourceText;
import org.disclose.content.YNode;
import org.disclose.content.YamlParser;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;

/**
 * A theme and the themes it extends, child first. Any layout, partial, asset or string is looked up through the chain,
 * so a theme overrides exactly the files it has and inherits the rest.
 */
public final class Theme {

    private final Path root;
    private final List<Path> chain;
    private final Map<String, String> strings;

    private Theme(Path root, List<Path> chain, Map<String, String> strings) {
        this.root = root;
        this.chain = chain;
        this.strings = strings;
    }

    /** Loads {@code themes/<name>} and its {@code extends} chain; empty after reporting when it cannot. */
    public static Optional<Theme> load(Path siteRoot, String name, String language, SourcePos declaredAt,
                                       Diagnostics diagnostics) {
        Path themes = siteRoot.resolve("themes");
        List<Path> chain = new ArrayList<>();
        String current = name;
        SourcePos at = declaredAt;
        while (current != null) {
            if (!current.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                diagnostics.error(at, "'" + current + "' is not a theme folder name");
                return Optional.empty();
            }
            Path dir = themes.resolve(current);
            if (!Files.isDirectory(dir)) {
                diagnostics.error(at, "theme '" + current + "' not found: expected a folder themes/" + current);
                return Optional.empty();
            }
            if (chain.contains(dir)) {
                diagnostics.error(at, "theme '" + current + "' extends itself through its chain");
                return Optional.empty();
            }
            chain.add(dir);
            String shown = "themes/" + current + "/theme.yaml";
            Path manifest = dir.resolve("theme.yaml");
            String parent = null;
            if (Files.isRegularFile(manifest)) {
                Optional<Fields> f = SourceText.read(manifest, shown, diagnostics)
                        .flatMap(text -> YamlParser.parse(text, shown, 0, diagnostics))
                        .flatMap(node -> Fields.of(node, diagnostics, "theme.yaml"));
                if (f.isPresent()) {
                    parent = f.get().string("extends");
                    f.get().allow(List.of("name", "description", "version", "author", "license"));
                    at = f.get().posOf("extends");
                    f.get().reportUnknown();
                }
            }
            current = parent;
        }
        List<Path> fixed = List.copyOf(chain);
        return Optional.of(new Theme(siteRoot, fixed, readStrings(siteRoot, fixed, language, diagnostics)));
    }

    /** The file at {@code relative} (e.g. {@code layouts/base.mustache}) from the nearest theme that has it. */
    public Optional<Path> find(String relative) {
        for (Path dir : chain) {
            Path candidate = dir.resolve(relative).normalize();
            if (candidate.startsWith(dir) && Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public String shown(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** The words the site shows its visitors, merged along the chain (a child's string wins). */
    public Map<String, String> strings() {
        return strings;
    }

    /** Every file under {@code assets/} in the chain, by relative path (a child's file wins), sorted. */
    public Map<String, Path> assets() throws IOException {
        Map<String, Path> found = new TreeMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Path assets = chain.get(i).resolve("assets");
            if (!Files.isDirectory(assets)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(assets)) {
                for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    String rel = assets.relativize(p).toString().replace('\\', '/');
                    if (!rel.startsWith(".") && !rel.contains("/.")) {
                        found.put(rel, p);
                    }
                }
            }
        }
        return found;
    }

    private static Map<String, String> readStrings(Path root, List<Path> chain, String language,
                                                   Diagnostics diagnostics) {
        Map<String, String> merged = new LinkedHashMap<>();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Path file = chain.get(i).resolve("i18n").resolve(language + ".yaml");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String shown = root.relativize(file).toString().replace('\\', '/');
            SourceText.read(file, shown, diagnostics)
                    .flatMap(text -> YamlParser.parse(text, shown, 0, diagnostics))
                    .ifPresent(node -> {
                        if (!(node instanceof YNode.Mapping map)) {
                            diagnostics.error(node.pos(), "a strings file must map names to texts");
                            return;
                        }
                        map.entries().forEach((key, entry) -> {
                            if (entry.value() instanceof YNode.Scalar s && !s.isNull()
                                    && FieldLimits.length(s.text()) > FieldLimits.THEME_STRING) {
                                diagnostics.error(s.pos(), String.format(java.util.Locale.ROOT, "string '%s' has %,d "
                                        + "characters, more than the %,d a theme's string may have: shorten it", key,
                                        FieldLimits.length(s.text()), FieldLimits.THEME_STRING));
                            } else if (entry.value() instanceof YNode.Scalar s && !s.isNull()) {
                                merged.put(key, s.text());
                            } else {
                                diagnostics.error(entry.value().pos(), "string '" + key + "' must be a text");
                            }
                        });
                    });
        }
        if (merged.isEmpty()) {
            diagnostics.error(SourcePos.file(root.relativize(chain.get(0)).toString()), "no strings for language '" + language
                    + "': add i18n/" + language + ".yaml to the theme");
        }
        return Collections.unmodifiableMap(merged);
    }
}
