package org.disclose.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.disclose.model.Attachment;

/**
 * Why a file of content/ is not read, and what to do, as specific as its place allows ({@link UnreadFiles}): the
 * folders that are read mirror {@link ContentReader}.
 */
final class UnreadReason {

    private static final String SEE = "; see docs/content.md section 1 (Which files are read)";
    /** The folders read for Markdown files directly in them, with what each file is. */
    private static final Map<String, String> MARKDOWN = Map.of("releases", "release", "pages", "page",
            "cases", "case", "bulletins", "bulletin");
    /** The folders whose own folders hold the files that belong to each Markdown file. */
    private static final List<String> OWNERS = List.of("releases", "cases");
    /** The extensions read directly in each folder of data. */
    private static final Map<String, List<String>> DATA = Map.of("tasks", List.of(".yaml", ".yml", ".csv"),
            "indicators", List.of(".yaml", ".yml"), "complaints", List.of(".csv"));

    private UnreadReason() {
    }

    /**
     * @param rel             the file, relative to content/
     * @param ownersUncertain whether an owner of attachments may not have been read: then nothing is said of the
     *                        files of its folder that it could list
     */
    static Optional<String> of(Path rel, boolean ownersUncertain) {
        String name = rel.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = name.substring(0, dot);
        String ext = name.substring(dot);
        String lower = ext.toLowerCase(Locale.ROOT);
        if (rel.getNameCount() == 1) {
            boolean yaml = lower.equals(".yaml") || lower.equals(".yml");
            return Optional.of(UnreadFiles.NAMED.stream().filter(n -> yaml && n.equalsIgnoreCase(base + ".yaml"))
                    .findFirst()
                    .map(n -> "only the name " + n + " is read; rename it " + n)
                    .orElse("of the files directly in content/, only " + String.join(", ", UnreadFiles.NAMED)
                            + " are read" + SEE));
        }
        String top = rel.getName(0).toString();
        String folder = "content/" + rel.getParent().toString().replace('\\', '/') + "/";
        boolean markdown = lower.equals(".md") || lower.equals(".markdown");
        if (rel.getNameCount() == 2) {
            List<String> reads = MARKDOWN.containsKey(top) ? List.of(".md") : DATA.getOrDefault(top, List.of());
            String wanted = markdown ? ".md" : lower.equals(".yml") && !reads.contains(".yml") ? ".yaml" : lower;
            if (reads.contains(wanted)) {
                return Optional.of("only names ending in " + wanted + " (lower case) are read; rename it " + base
                        + wanted);
            }
            if (top.equals("complaints") && ext.equals(".yaml")) {
                return Optional.of("a .yaml file in content/complaints/ is read only as the facts of the table of its "
                        + "name (" + base + ".csv or " + base + ".xlsx), and there is none");
            }
            return Optional.of("no part of the build reads " + ext + " files in " + folder + SEE);
        }
        String sub = rel.getName(1).toString();
        if (markdown && MARKDOWN.containsKey(top)) {
            String what = MARKDOWN.get(top);
            String file = base.equalsIgnoreCase("index") ? sub : base;
            String holder = rel.getNameCount() == 3 ? "this folder" : "content/" + top + "/" + sub + "/";
            return Optional.of("a " + what + " is a Markdown file directly in content/" + top + "/ (content/"
                    + top + "/" + file + ".md); " + (OWNERS.contains(top) ? holder + " holds the files that belong "
                    + "to " + what + " " + sub + " (attachments, images)" : "its sub-folders are not read"));
        }
        boolean taskFiles = top.equals("tasks") && sub.equals("files") && rel.getNameCount() > 3;
        if ((OWNERS.contains(top) || taskFiles) && Attachment.Format.of(name).isPresent()) {
            int depth = taskFiles ? 3 : 2; // the owner's folder: releases/<name>/, tasks/files/<id>/
            String owner = taskFiles ? "the task with id " + rel.getName(2) : "content/" + top + "/" + sub + ".md";
            String listed = rel.subpath(depth, rel.getNameCount()).toString().replace('\\', '/');
            return ownersUncertain ? Optional.empty() : Optional.of("a file in content/"
                    + rel.subpath(0, depth).toString().replace('\\', '/') + "/ is published only when " + owner
                    + " lists it in attachments: (file: " + listed + ")");
        }
        return Optional.of("no part of the build reads " + ext + " files in " + folder + SEE);
    }
}
