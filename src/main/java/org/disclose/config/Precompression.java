package org.disclose.config;

import java.util.Locale;
import java.util.Optional;

/**
 * Which text files a build of the site publishes with a {@code .gz} copy beside them, for servers with
 * {@code gzip_static} ({@code precompress:} in site.yaml). Copies pay off for the few files every reader fetches
 * (assets, the search index, open data, feed and sitemaps); a copy of every page would double the files a build
 * creates and uploads, where the server compresses a page on the fly for little cost ({@code gzip on}).
 */
public enum Precompression {
    /** No copies at all: for servers that compress everything on the fly, or not at all. */
    NONE,
    /** Every text file but the pages: the default. */
    FILES,
    /** Every text file, the pages ({@code .html}) included. */
    PAGES;

    /** The setting's word for it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value for a setting's word, if it is one. */
    public static Optional<Precompression> of(String word) {
        for (Precompression p : values()) {
            if (p.word().equals(word)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Whether a text file at {@code sitePath} gets a copy (the caller knows it is text). */
    public boolean covers(String sitePath) {
        return switch (this) {
            case NONE -> false;
            case FILES -> !sitePath.endsWith(".html");
            case PAGES -> true;
        };
    }
}
