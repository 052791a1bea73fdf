package org.disclose.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.text.SourceText;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.markdown.Html;

/**
 * The theme's Mustache templates, each compiled once per build and then shared by all rendering threads.
 * {@code layouts/NAME.mustache} renders a page's main content and {@code layouts/base.mustache} wraps it;
 * {@code {{> NAME}}} includes {@code partials/NAME.mustache}, found through the theme chain like everything else.
 * Compiling also checks every {@code {{t.key}}} against the theme's strings ({@link StringTags}); every layout of the
 * theme chain is compiled, whether or not a page needs it yet, so a mistake in one is reported before the site has
 * the content that would use it.
 */
public final class Templates {

    /** Bounded and possessive: a message may quote a template, and from each "@[" the scan stops within 300. */
    private static final Pattern LOCATION = Pattern.compile("@\\[([^:\\]]{1,300}+):(\\d{1,9}+)]");

    private final Theme theme;
    private final Factory factory;
    private final Map<String, Mustache> compiled = new ConcurrentHashMap<>();

    public Templates(Theme theme, Diagnostics diagnostics) {
        this.theme = theme;
        this.factory = new Factory(theme, diagnostics);
    }

    /**
     * Compiles the layouts the pages need and every other {@code layouts/<name>.mustache} of the theme chain (with the
     * partials they include), in order of name, reporting problems: an unknown {@code {{t.key}}} in a layout no page
     * uses yet is found now, not when the site first has that content. A needed layout the theme lacks is an error.
     */
    public void prepareAll(Collection<String> needed, Diagnostics diagnostics) {
        Set<String> layouts = new TreeSet<>(needed);
        layouts.addAll(layouts());
        layouts.forEach(l -> prepare(l, diagnostics));
    }

    /** The name of every layout of the theme chain: {@code layouts/complaints.mustache} is {@code complaints}. */
    public Set<String> layouts() {
        Set<String> names = new TreeSet<>();
        for (String file : theme.files().keySet()) {
            if (file.startsWith("layouts/") && file.endsWith(".mustache") && file.indexOf('/', 8) < 0) {
                names.add(file.substring("layouts/".length(), file.length() - ".mustache".length()));
            }
        }
        return names;
    }

    /** Compiles {@code layouts/<name>.mustache} now, reporting problems; true when it is usable. */
    public boolean prepare(String layout, Diagnostics diagnostics) {
        String file = "layouts/" + layout + ".mustache";
        if (theme.find(file).isEmpty()) {
            diagnostics.error(SourcePos.file("themes"), "the theme has no layout " + file);
            return false;
        }
        try {
            compiled.computeIfAbsent(layout, l -> factory.compile(file));
            return true;
        } catch (MustacheException e) {
            diagnostics.error(locate(e, file), "template error: " + firstLine(e.getMessage()));
            return false;
        }
    }

    /** Renders a prepared layout with the given scopes, innermost last. */
    public void render(String layout, Writer out, Object... scopes) {
        Mustache m = compiled.get(layout);
        if (m == null) {
            throw new IllegalStateException("layout not prepared: " + layout);
        }
        m.execute(out, scopes);
    }

    private SourcePos locate(MustacheException e, String fallback) {
        Matcher m = LOCATION.matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            String file = m.group(1);
            Optional<Path> found = theme.find(file);
            return new SourcePos(found.map(theme::shown).orElse(file), Integer.parseInt(m.group(2)), 1);
        }
        return SourcePos.file(theme.find(fallback).map(theme::shown).orElse(fallback));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "cannot compile";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Resolves template names through the theme chain; partials live in {@code partials/}. */
    private static final class Factory extends DefaultMustacheFactory {
        private final Theme theme;
        private final Diagnostics diagnostics;
        /** Each template's text by name, kept to place a tag's column in a message. */
        private final Map<String, String> texts = new ConcurrentHashMap<>();
        private final StringTags.Check strings;

        Factory(Theme theme, Diagnostics diagnostics) {
            this.theme = theme;
            this.diagnostics = diagnostics;
            this.strings = new StringTags.Check(theme.strings(), theme.language(),
                    name -> theme.find(name).map(theme::shown).orElse(name), texts::get, diagnostics);
            // Looks names up once per class and caches the accessor: the default handler re-checks guards on
            // every value of every page, which dominated rendering time.
            setObjectHandler(new com.github.mustachejava.reflect.SimpleObjectHandler());
        }

        @Override
        public Reader getReader(String resourceName) {
            Path file = theme.find(resourceName).orElseThrow(() ->
                    new MustacheException("template not found in the theme: " + resourceName));
            String text = SourceText.read(file, theme.shown(file), diagnostics).orElseThrow(() ->
                    new MustacheException("unreadable template: " + theme.shown(file)));
            texts.put(resourceName, text);
            return new StringReader(text);
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new StringTags(this, strings);
        }

        @Override
        public String resolvePartialPath(String dir, String name, String extension) {
            String clean = name.startsWith("/") ? name.substring(1) : name;
            return (clean.startsWith("partials/") ? clean : "partials/" + clean) + extension;
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(Html.escape(value));
            } catch (IOException e) {
                throw new MustacheException("cannot write", e);
            }
        }
    }
}
