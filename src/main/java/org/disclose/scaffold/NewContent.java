package org.disclose.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclose.privacy.PersonalDataGuard;
import org.disclose.content.ContentFiles;
import org.disclose.content.RoundReader;
import org.disclose.text.Slugs;
import org.disclose.content.TaskReader;
import org.disclose.diag.Diagnostics;
import org.disclose.model.ProblemNumber;
import org.disclose.model.BulletinKind;
import org.disclose.model.Round;
import org.disclose.model.Task;

/**
 * {@code disclose new}: starts a release, a case or a task from a template with the required fields filled in, so
 * that it builds at once and the author only has to write. Nothing that exists is ever overwritten: a release or case
 * is a new file, and a task is a new file too unless the author names a task file to append it to.
 */
public final class NewContent {

    /** What can be started. */
    public enum Kind { RELEASE, TASK, CASE, BULLETIN }

    /**
     * The shape of a new bulletin: its kind, and which batches it reports on.
     *
     * @param batchField {@code batch}, {@code batches} or {@code through}; null for the round as a whole
     * @param batchText  the batch ({@code 12}), the range ({@code 1-13}) or the last batch of the running total
     */
    public record BulletinShape(BulletinKind kind, String batchField, String batchText) {
    }

    /**
     * What to create.
     *
     * @param slug   the release's or case's address, or a task's id; null to choose one
     * @param date   "today" in Beijing time, for the author to change
     * @param round  the round of a case or task; null for the current round in {@code rounds.yaml}
     * @param append a task file to append the task to (relative to {@code content/tasks/}); null for a new file
     */
    public record Request(Path root, Kind kind, String title, String slug, LocalDate date, String round,
                          String append, BulletinShape bulletin) {

        public Request(Path root, Kind kind, String title, String slug, LocalDate date, String round,
                       String append) {
            this(root, kind, title, slug, date, round, append, null);
        }
    }

    /**
     * What was written.
     *
     * @param line the line the new content starts at (1 for a new file)
     */
    public record Created(Path file, int line, String slug, boolean appended) {
    }

    /** The status a new task starts with: the one that claims nothing done. */
    public static final String TASK_STATUS = "尚未启动";
    /** The status a new case starts with: the least advanced. */
    static final String CASE_STATUS = "持续推进";

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)(?:-|\\.md$)");

    private NewContent() {
    }

    public static Created create(Request r) throws ScaffoldException {
        String title = r.title() == null ? "" : r.title().strip();
        if (title.isEmpty()) {
            throw new ScaffoldException("the title is empty: write it in quotes, e.g. disclose new release "
                    + "\"关于……的整改进展\"");
        }
        if (!YamlText.writable(title)) {
            throw new ScaffoldException("the title must be one line without control characters");
        }
        if (r.slug() != null && !Slugs.isValid(r.slug())) {
            throw new ScaffoldException("'" + r.slug() + "' cannot be "
                    + (r.kind() == Kind.TASK ? "a task id" : "a URL slug") + ": " + Slugs.why(r.slug()));
        }
        Path root = r.root().toAbsolutePath().normalize();
        Path content = root.resolve("content");
        if (!Files.isDirectory(content)) {
            throw new ScaffoldException(root + " has no content/ folder: run this in a site folder, give --root DIR, "
                    + "or create a site with 'disclose init DIR'");
        }
        try {
            return switch (r.kind()) {
                case RELEASE -> release(content, title, r);
                case CASE -> caseFile(root, content, title, r);
                case TASK -> task(root, content, title, r);
                case BULLETIN -> NewBulletin.create(root, content, title, r);
            };
        } catch (IOException e) {
            throw new ScaffoldException("cannot write: " + e.getMessage());
        }
    }

    private static Created release(Path content, String title, Request r) throws IOException, ScaffoldException {
        Path dir = content.resolve("releases");
        String date = r.date().toString();
        String slug = r.slug() != null ? r.slug() : free(dir, ascii(title).map(a -> date + "-" + a), date);
        String text = "---\n"
                + "title: " + YamlText.of(title) + "\n"
                + "date: " + date + "\n"
                + "# source: 吉林省人民政府网\n"
                + "# summary: 一段不含 Markdown 的摘要，显示在标题下和列表中。\n"
                + "# round: round2\n"
                + "# tags: [督察整改]\n"
                + "# 草稿不会发布；预览草稿：disclose serve --drafts。准备发布时删去下面一行。\n"
                + "draft: true\n"
                + "---\n\n"
                + "在此撰写正文。\n";
        return new Created(write(dir.resolve(slug + ".md"), text), 1, slug, false);
    }

    private static Created caseFile(Path root, Path content, String title, Request r)
            throws IOException, ScaffoldException {
        Path dir = content.resolve("cases");
        String round = round(root, r.round());
        String slug = r.slug();
        if (slug == null) {
            String number = nextCaseNumber(dir);
            slug = free(dir, ascii(title).map(a -> number + "-" + a), number);
        }
        String text = "---\n"
                + "title: " + YamlText.of(title) + "\n"
                + "round: " + round + "\n"
                + "# 整改情况：已完成整改、整改接近尾声、取得阶段性成效 或 持续推进\n"
                + "status: " + CASE_STATUS + "\n"
                + "# region: 长春市\n"
                + "# summary: 一段不含 Markdown 的摘要，显示在标题下和列表中。\n"
                + "# figures:\n"
                + "#   - {label: 投入资金, value: 0, unit: 万元}\n"
                + "# milestones:\n"
                + "#   - {date: " + r.date() + ", text: 完成……}\n"
                + "# images:\n"
                + "#   - {path: photos/example.jpg, alt: 照片内容的文字描述, caption: 图片说明}\n"
                + "# tasks: [\"1\"]\n"
                + "---\n\n"
                + "在此撰写案例正文。\n";
        return new Created(write(dir.resolve(slug + ".md"), text), 1, slug, false);
    }

    private static Created task(Path root, Path content, String title, Request r)
            throws IOException, ScaffoldException {
        Path dir = content.resolve("tasks");
        String round = round(root, r.round());
        Set<String> ids = taskIds(root, dir);
        String id = r.slug();
        if (id != null && ids.contains(id)) {
            throw new ScaffoldException("task id '" + id + "' is already used: choose another --id");
        }
        if (id == null) {
            // the next problem: after 12-3, task 13, never 12 (which would call problem 12 a single task)
            id = Integer.toString(ids.stream().map(ProblemNumber::of).flatMap(Optional::stream)
                    .mapToInt(ProblemNumber::problem).max().orElse(0) + 1);
        }
        String record = "- id: \"" + id + "\"\n"
                + "  round: " + round + "\n"
                + "  problem: " + YamlText.of(title) + "\n"
                + "  # 整改状态：已销号、已完成、基本完成、达到序时进度、未达到序时进度、尚未启动 或 长期坚持\n"
                + "  status: " + TASK_STATUS + "\n"
                + "  # target: 整改目标\n"
                + "  # measures: [\"整改措施一\", \"整改措施二\"]\n"
                + "  # leader: 责任领导\n"
                + "  # leadUnits: [\"牵头单位\"]\n"
                + "  # supportingUnits: [\"配合单位\"]\n"
                + "  # deadline: " + r.date().getYear() + "-12-31\n"
                + "  # region: 全省\n"
                + "  # progress:\n"
                + "  #   - date: " + r.date() + "\n"
                + "  #     status: " + TASK_STATUS + "\n"
                + "  #     note: 进展说明。最后一条记录的 status 须与上面的 status 相同。\n";
        if (r.append() == null) {
            Path file = dir.resolve(id + ".yaml");
            if (Files.exists(dir.resolve(id + ".yml"))) {
                throw new ScaffoldException(dir.resolve(id + ".yml") + " already exists: give --append to add the "
                        + "task to it, or choose another --id");
            }
            return new Created(write(file, record), 1, id, false);
        }
        Path file = dir.resolve(r.append()).normalize();
        String name = file.getFileName().toString();
        if (!file.startsWith(dir) || !file.getParent().equals(dir) || !(name.endsWith(".yaml") || name.endsWith(".yml"))
                || !Files.isRegularFile(file)) {
            throw new ScaffoldException("--append names a task file directly in content/tasks/, ending in .yaml or "
                    + ".yml, that exists: " + r.append());
        }
        String existing = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String joint = existing.isEmpty() || existing.endsWith("\n\n") ? ""
                : existing.endsWith("\n") ? "\n" : "\n\n";
        int line = (int) (existing + joint).chars().filter(c -> c == '\n').count() + 1;
        Files.writeString(file, joint + record, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new Created(file, line, id, true);
    }

    /** The round given, checked against {@code rounds.yaml}; or the current round: the latest to feed back. */
    private static String round(Path root, String given) throws IOException, ScaffoldException {
        return round(root, given, NewContent::current);
    }

    /** The round given, checked against {@code rounds.yaml}; or the one {@code current} picks from them. */
    static String round(Path root, String given, Function<List<Round>, Round> current)
            throws IOException, ScaffoldException {
        List<Round> rounds = RoundReader.read(files(root), new Diagnostics());
        List<String> ids = rounds.stream().map(Round::id).toList();
        if (given != null) {
            if (!Slugs.isValid(given)) {
                throw new ScaffoldException("'" + given + "' cannot be a round id: " + Slugs.why(given));
            }
            if (!ids.contains(given)) {
                throw new ScaffoldException("unknown round '" + given + "'" + (ids.isEmpty()
                        ? ": content/rounds.yaml has no rounds; add the round there first (docs/content.md, section 5)"
                        : " (known: " + String.join(", ", ids) + ")"));
            }
            return given;
        }
        if (rounds.isEmpty()) {
            throw new ScaffoldException("content/rounds.yaml has no rounds, and every case, task and bulletin "
                    + "belongs to one: add the round there first (docs/content.md, section 5), then try again");
        }
        return current.apply(rounds).id();
    }

    /**
     * The current round for a task or case: the one marked {@code current: true}, else the latest to feed back, else
     * the first.
     */
    static Round current(List<Round> rounds) {
        for (Round round : rounds) {
            if (round.current()) {
                return round;
            }
        }
        Round current = rounds.get(0);
        for (Round round : rounds) {
            if (round.feedbackDate() != null && (current.feedbackDate() == null
                    || round.feedbackDate().compareTo(current.feedbackDate()) > 0)) {
                current = round;
            }
        }
        return current;
    }

    private static Set<String> taskIds(Path root, Path dir) throws IOException {
        Set<String> ids = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return ids;
        }
        ContentFiles files = files(root);
        for (Path file : files.list("tasks", new Diagnostics(), ".yaml", ".yml")) {
            for (Task task : TaskReader.read(files, file, new Diagnostics())) {
                ids.add(task.id());
            }
        }
        return ids;
    }

    private static ContentFiles files(Path root) throws IOException {
        return new ContentFiles(root, new PersonalDataGuard(List.of()));
    }

    /**
     * The next number for a case file: cases are listed in file-name order, so the demo's files start with one
     * ({@code 5-baishan-mine-supervision.md}). Zero-padded as the existing files are.
     */
    static String nextCaseNumber(Path dir) throws IOException {
        int max = 0;
        int width = 1;
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Matcher m = LEADING_NUMBER.matcher(p.getFileName().toString());
                    if (m.find() && m.group(1).length() < 9) {
                        max = Math.max(max, Integer.parseInt(m.group(1)));
                        width = Math.max(width, m.group(1).length());
                    }
                }
            }
        }
        return String.format(Locale.ROOT, "%0" + width + "d", max + 1);
    }

    /**
     * The ASCII words of a title as a slug part ({@code PM2.5浓度} → {@code pm2-5}); empty when it has no Latin
     * letter, as most Chinese titles do (a bare number such as 2023 says nothing).
     */
    static Optional<String> ascii(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (!s.matches(".*[a-z].*")) {
            return Optional.empty();
        }
        if (s.length() > 50) {
            s = s.substring(0, 50).replaceAll("-+[a-z0-9]*$", "");
        }
        return Optional.of(s);
    }

    /**
     * A slug whose file does not exist yet: the preferred one, else {@code base}, then {@code base-2},
     * {@code base-3} ... A bare base that is only a date gets a suffix from the start ({@code 2025-01-15-1}).
     */
    static String free(Path dir, Optional<String> preferred, String base) {
        if (preferred.isPresent() && !Files.exists(dir.resolve(preferred.get() + ".md"))) {
            return preferred.get();
        }
        String stem = preferred.orElse(base);
        boolean date = stem.matches("\\d{4}-\\d{2}-\\d{2}");
        if (!date && !Files.exists(dir.resolve(stem + ".md"))) {
            return stem;
        }
        for (int n = date ? 1 : 2; ; n++) {
            String candidate = stem + "-" + n;
            if (!Files.exists(dir.resolve(candidate + ".md"))) {
                return candidate;
            }
        }
    }

    /** Writes a new file; never replaces one. */
    static Path write(Path file, String text) throws IOException, ScaffoldException {
        Files.createDirectories(file.getParent());
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new ScaffoldException(file + " already exists: it is left as it is; choose another "
                    + (file.getParent().endsWith("tasks") ? "--id" : "--slug"));
        }
        return file;
    }
}
