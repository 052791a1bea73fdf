package org.disclose.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.text.FieldLimits;
import org.disclose.text.Fields;
import org.disclose.text.SourceText;
import org.disclose.text.YNode;
import org.disclose.text.YamlParser;
import org.disclose.config.PhotoSettings;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.files.ReadRoots;
import org.disclose.files.RealPaths;

/**
 * A theme and the themes it extends, child first. Any layout, partial, asset or string is looked up through the chain,
 * so a theme overrides exactly the files it has and inherits the rest.
 *
 * <p>Every file of the chain is listed once, when the theme is loaded, and only files whose real path lies inside a
 * folder of the chain are kept ({@link ReadRoots}): a partial linked to {@code /etc/passwd}, an {@code assets/} that
 * is a link to elsewhere, or a loop of links is an error there, and nothing else is ever read. A theme folder itself
 * may be a link only into a folder that site.yaml trusts ({@code trustedThemeFolders}), for a theme shared by several
 * sites.
 */
public final class Theme {

    /** The folders of a theme that a build reads; anything else in it (a README, .git) is never looked at. */
    private static final List<String> PARTS = List.of("layouts", "partials", "assets", "i18n");

    private final String name;
    private final String language;
    /** Per folder of the chain, child first: its files by path relative to the folder → real path. */
    private final List<Map<String, Path>> files;
    private final Map<String, Path> merged;
    private final Map<Path, String> shown;
    private final Map<String, String> strings;
    private final PhotoSettings photos;

    private Theme(String name, List<Map<String, Path>> files, Map<Path, String> shown, String language,
                  PhotoSettings photos, Diagnostics diagnostics) {
        this.name = name;
        this.photos = photos;
        this.language = language;
        this.files = files;
        this.shown = shown;
        Map<String, Path> all = new HashMap<>();
        files.forEach(folder -> folder.forEach(all::putIfAbsent));
        this.merged = all;
        this.strings = readStrings(language, diagnostics);
    }

    /** How the theme publishes photos ({@code images:} in its theme.yaml, or its parent's): parts may be unsaid. */
    public PhotoSettings photos() {
        return photos;
    }

    /**
     * Loads {@code themes/<name>} and its {@code extends} chain; empty after reporting when it cannot.
     *
     * @param trusted real paths of folders outside the site that a linked theme folder may lead into
     */
    public static Optional<Theme> load(Path siteRoot, String name, String language, List<Path> trusted,
                                       SourcePos declaredAt, Diagnostics diagnostics) {
        Path root = siteRoot.toAbsolutePath().normalize();
        Path themes = root.resolve("themes");
        // where a theme folder reached through no link at all is: the site's real folder, not where themes/ leads
        Path ownThemes = RealPaths.orItself(root).resolve("themes");
        List<Path> dirs = new ArrayList<>();
        List<Path> reals = new ArrayList<>();
        PhotoSettings photos = PhotoSettings.NONE;
        String current = name;
        SourcePos at = declaredAt;
        while (current != null) {
            if (!current.matches("[A-Za-z0-9][A-Za-z0-9._-]*") || current.contains("..")) {
                diagnostics.error(at, "'" + current + "' is not a theme folder name: give the name of a folder "
                        + "in themes/");
                return Optional.empty();
            }
            Path dir = themes.resolve(current);
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
                diagnostics.error(at, "theme '" + current + "' not found: expected a folder themes/" + current);
                return Optional.empty();
            }
            Optional<Path> real = folder(dir, "themes/" + current, ownThemes, trusted, at, diagnostics);
            if (real.isEmpty()) {
                return Optional.empty();
            }
            if (reals.contains(real.get())) {
                diagnostics.error(at, "theme '" + current + "' extends itself through its chain");
                return Optional.empty();
            }
            dirs.add(dir);
            reals.add(real.get());
            String parent = null;
            Path manifest = dir.resolve("theme.yaml");
            if (Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
                String shownManifest = "themes/" + current + "/theme.yaml";
                Optional<Fields> f = roots(root, reals).admit(manifest, diagnostics)
                        .flatMap(file -> SourceText.read(file, shownManifest, diagnostics))
                        .flatMap(text -> YamlParser.parse(text, shownManifest, 0, diagnostics))
                        .flatMap(node -> Fields.of(node, diagnostics, "theme.yaml"));
                if (f.isPresent()) {
                    parent = f.get().string("extends");
                    PhotoSettings own = PhotoSettings.read(f.get(), diagnostics);
                    if (photos == PhotoSettings.NONE) { // the theme nearest the site speaks first
                        photos = own;
                    }
                    f.get().allow(List.of("name", "description", "version", "author", "license"));
                    at = f.get().posOf("extends");
                    f.get().reportUnknown();
                }
            }
            current = parent;
        }
        ReadRoots roots = roots(root, reals);
        List<Map<String, Path>> files = new ArrayList<>();
        Map<Path, String> shown = new HashMap<>();
        for (Path dir : dirs) {
            Map<String, Path> found = new TreeMap<>();
            for (String part : PARTS) {
                roots.files(dir.resolve(part), diagnostics).forEach((rel, real) -> {
                    found.put(part + "/" + rel, real);
                    shown.putIfAbsent(real, roots.shown(dir.resolve(part).resolve(rel)));
                });
            }
            files.add(Collections.unmodifiableMap(found));
        }
        return Optional.of(new Theme(name, List.copyOf(files), shown, language, photos, diagnostics));
    }

    /**
     * The real path of a theme folder, when it is inside the site's own {@code themes/} (through no link out) or
     * inside a trusted folder; otherwise empty after an error.
     */
    private static Optional<Path> folder(Path dir, String shownDir, Path ownThemes, List<Path> trusted, SourcePos at,
                                         Diagnostics diagnostics) {
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            diagnostics.error(at, "theme folder " + shownDir + (RealPaths.isLoop(e)
                    ? " is a symbolic link in a loop" : " is a symbolic link that leads nowhere")
                    + ": link it to an existing theme folder, or copy the theme into themes/");
            return Optional.empty();
        }
        if (!Files.isDirectory(real)) {
            diagnostics.error(at, "theme '" + dir.getFileName() + "' not found: expected a folder " + shownDir);
            return Optional.empty();
        }
        if (real.startsWith(ownThemes) || trusted.stream().anyMatch(real::startsWith)) {
            return Optional.of(real);
        }
        diagnostics.error(at, "theme folder " + shownDir + " leads outside the site (to " + real + "): a theme shared "
                + "by several sites may be linked only into a folder named in trustedThemeFolders in "
                + "content/site.yaml; add its folder there, or copy the theme into themes/");
        return Optional.empty();
    }

    private static ReadRoots roots(Path root, List<Path> reals) {
        return new ReadRoots(root, reals, "the theme's folders", "copy the file into the theme instead");
    }

    /**
     * The real path of the file at {@code relative} (e.g. {@code layouts/base.mustache}) from the nearest theme that
     * has it. A name that climbs ({@code ..}) finds nothing.
     */
    public Optional<Path> find(String relative) {
        String clean = relative.replace('\\', '/');
        if (clean.startsWith("/") || List.of(clean.split("/")).contains("..")) {
            return Optional.empty();
        }
        return Optional.ofNullable(merged.get(Path.of("").resolve(clean).normalize().toString().replace('\\', '/')));
    }

    /** How a file of the theme is named in messages: as reached from the site ({@code themes/default/...}). */
    public String shown(Path file) {
        return shown.getOrDefault(file, "themes/" + name);
    }

    /** Every file the site may use from the theme, by path relative to its theme folder → real path. */
    public Map<String, Path> files() {
        return Collections.unmodifiableMap(merged);
    }

    /**
     * Where in the theme something a page holds was likely written: the first layout or partial (by name, the
     * winning file of the chain) that {@code regex} matches, as {@code path:line}; null when none does. Asked only
     * when a page check has found a problem, so reading the templates again costs nothing in a clean build.
     */
    public String templateWith(String regex) {
        Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
        for (Map.Entry<String, Path> e : new TreeMap<>(merged).entrySet()) {
            String name = e.getKey();
            if (!(name.startsWith("layouts/") || name.startsWith("partials/")) || !name.endsWith(".mustache")) {
                continue;
            }
            String text;
            try {
                text = Files.readString(e.getValue());
            } catch (IOException | RuntimeException x) {
                continue;
            }
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                long line = 1 + text.substring(0, m.start()).chars().filter(c -> c == '\n').count();
                return shown(e.getValue()) + ":" + line;
            }
        }
        return null;
    }

    /** The language whose strings file ({@code i18n/<language>.yaml}) the theme was loaded with. */
    public String language() {
        return language;
    }

    /** The words the site shows its visitors, merged along the chain (a child's string wins). */
    public Map<String, String> strings() {
        return strings;
    }

    /** Every file under {@code assets/} in the chain, by path below assets/ (a child's file wins), sorted. */
    public Map<String, Path> assets() {
        Map<String, Path> found = new TreeMap<>();
        merged.forEach((file, real) -> {
            if (file.startsWith("assets/")) {
                String rel = file.substring("assets/".length());
                if (!rel.startsWith(".") && !rel.contains("/.")) {
                    found.put(rel, real);
                }
            }
        });
        return found;
    }

    private Map<String, String> readStrings(String language, Diagnostics diagnostics) {
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = files.size() - 1; i >= 0; i--) {
            Path file = files.get(i).get("i18n/" + language + ".yaml");
            if (file == null) {
                continue;
            }
            String shownFile = shown(file);
            SourceText.read(file, shownFile, diagnostics)
                    .flatMap(text -> YamlParser.parse(text, shownFile, 0, diagnostics))
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
                                found.put(key, s.text());
                            } else {
                                diagnostics.error(entry.value().pos(), "string '" + key + "' must be a text");
                            }
                        });
                    });
        }
        if (found.isEmpty()) {
            diagnostics.error(SourcePos.file("themes/" + name), "no strings for language '" + language
                    + "': add i18n/" + language + ".yaml to the theme");
        }
        return Collections.unmodifiableMap(found);
    }
}
