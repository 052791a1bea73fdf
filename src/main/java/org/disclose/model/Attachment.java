package org.disclose.model;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file that belongs to a release, a case or a task (附件), published beside its page as it is.
 *
 * @param file   the path as written in {@code attachments:}, relative to the owner's folder (sub-folders kept)
 * @param title  the title given, or null (then the file's name is shown)
 * @param bytes  the file's size when it was read
 * @param source the real path it is published from, checked to lie inside content/ when its owner was read
 */
public record Attachment(String file, String title, Format format, long bytes, Path source) implements Serializable {

    /** The most an attachment may have: a scanned report of a few hundred pages is well under it. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    /** The kinds of file a site publishes as attachments, by extension (in any letter case). */
    public enum Format {
        PDF("pdf"), OFD("ofd"), WORD("doc", "docx"), EXCEL("xls", "xlsx"), CSV("csv"), ZIP("zip");

        private final String[] extensions;

        Format(String... extensions) {
            this.extensions = extensions;
        }

        /** The format of a file by its name's extension, or empty when the site does not publish it. */
        public static Optional<Format> of(String name) {
            String ext = extension(name);
            for (Format f : values()) {
                for (String e : f.extensions) {
                    if (e.equals(ext)) {
                        return Optional.of(f);
                    }
                }
            }
            return Optional.empty();
        }

        /** The extensions allowed, for messages: {@code .pdf, .ofd, ...}. */
        public static String listed() {
            StringBuilder s = new StringBuilder();
            for (Format f : values()) {
                for (String e : f.extensions) {
                    s.append(s.length() == 0 ? "" : ", ").append('.').append(e);
                }
            }
            return s.toString();
        }
    }

    /** What is shown as the link: the title, or the file's own name. */
    public String shownTitle() {
        return title != null ? title : file.substring(file.lastIndexOf('/') + 1);
    }

    /** Whether its text is read for personal data: CSV, .xlsx and .docx; PDF, OFD, old and zipped files are not. */
    public static boolean scanned(String name) {
        String ext = extension(name);
        return ext.equals("csv") || ext.equals("xlsx") || ext.equals("docx");
    }

    /** The extension in lower case, without the dot; empty when there is none. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot < name.lastIndexOf('/') ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The size as shown: kilobytes below one megabyte, else megabytes, with one decimal (1 KB = 1,024 bytes), never
     * 0.0 for a file that has bytes.
     */
    public Size size() {
        boolean mega = bytes >= 1024L * 1024;
        double value = mega ? bytes / (1024.0 * 1024) : bytes / 1024.0;
        double rounded = Math.max(bytes == 0 ? 0 : 0.1, Math.round(value * 10) / 10.0);
        return new Size(String.format(Locale.ROOT, "%.1f", rounded), mega);
    }

    /** Kept between builds (the read cache) with its path as text: a {@link Path} is not serializable. */
    private Object writeReplace() {
        return new Kept(file, title, format, bytes, source.toString());
    }

    private record Kept(String file, String title, Format format, long bytes, String source) implements Serializable {
        private Object readResolve() {
            return new Attachment(file, title, format, bytes, Path.of(source));
        }
    }

    /** A size as a number with one decimal and its unit. */
    public record Size(String number, boolean megabytes) implements Serializable {
    }
}
