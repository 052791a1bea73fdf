package org.disclose.scaffold;

import static org.disclose.Contains.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disclose.TestSite;
import org.disclose.diag.Diagnostic;
import org.disclose.model.BulletinKind;
import org.disclose.scaffold.NewContent.BulletinShape;
import org.disclose.scaffold.NewContent.Created;
import org.disclose.scaffold.NewContent.Kind;
import org.disclose.scaffold.NewContent.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code disclose new bulletin}: a 交办 or 办理 bulletin whose figures are comments without values, so that it builds
 * clean as written and invents no number, and builds clean again once the author uncomments the figures and writes
 * the source's values.
 */
class NewBulletinTest {

    private static final LocalDate DAY = LocalDate.of(2023, 11, 21);
    private static final String ROUNDS = """
            - id: round2
              name: 第二轮中央生态环境保护督察
              stationedFrom: 2020-09-01
              stationedTo: 2020-10-01
              feedbackDate: 2021-01-20
            - id: round3
              name: 第三轮中央生态环境保护督察
              group: 中央第三生态环境保护督察组
              stationedFrom: 2023-11-01
              stationedTo: 2023-12-01
            """;
    private static final Pattern EMPTY_VALUE = Pattern.compile("value:(?= ,|$)", Pattern.MULTILINE);

    @TempDir
    Path dir;

    private TestSite site;

    @BeforeEach
    void init() {
        site = TestSite.minimal(dir.resolve("site")).write("content/rounds.yaml", ROUNDS);
    }

    private Created create(BulletinKind kind, String field, String batches, String title) throws ScaffoldException {
        return NewContent.create(new Request(site.root(), Kind.BULLETIN, title, null, DAY, null, null,
                new BulletinShape(kind, field, batches)));
    }

    private List<String> build() {
        return site.build().diagnostics().stream().map(Diagnostic::toString).toList();
    }

    /**
     * What an author does: uncomments every figure line, writes the source's values, in order, and deletes the
     * draft line to publish it.
     */
    private static void fill(Path file, Object... values) throws IOException {
        StringBuilder out = new StringBuilder();
        boolean figures = false;
        for (String line : Files.readString(file).replace("\ndraft: true\n", "\n").split("\n", -1)) {
            figures |= line.equals("figures:");
            out.append(figures && line.startsWith("#  ") ? line.substring(1) : line).append('\n');
        }
        Deque<Object> left = new ArrayDeque<>(List.of(values));
        Matcher m = EMPTY_VALUE.matcher(out.substring(0, out.length() - 1));
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement("value: " + left.removeFirst()));
        }
        m.appendTail(filled);
        assertEquals(List.of(), List.copyOf(left), "a value for every figure of the skeleton");
        Files.writeString(file, filled);
    }

    @Test
    void aJiaobanBulletinHasNoValueAndBuildsClean() throws Exception {
        Created c = create(BulletinKind.ASSIGNED, "batch", "12", "中央第三生态环境保护督察组交办第12批信访件");
        assertEquals("jiaoban-12", c.slug());
        assertEquals(site.root().resolve("content/bulletins/jiaoban-12.md"), c.file());
        String text = Files.readString(c.file());
        assertContains(text, "\nkind: 交办\nround: round3\n", text);
        assertContains(text, "\nbatch: 12\n", text);
        assertContains(text, "\ndate: 2023-11-21\ntitle: 中央第三生态环境保护督察组交办第12批信访件\n", text);
        assertContains(text, "scope: {through: 12}", text);
        assertTrue(text.lines().filter(l -> l.contains("value:")).allMatch(l -> l.startsWith("#")
                && EMPTY_VALUE.matcher(l).find()), "no figure is live, none has a value:\n" + text);
        assertContains(text, "\ndraft: true\n", text);
        assertEquals(List.of(), build());
        assertFalse(site.exists("bulletins/jiaoban-12/index.html"), "a draft is not published");
    }

    @Test
    void aJiaobanBulletinFilledInAsTheDocsSayBuildsClean() throws Exception {
        Created c = create(BulletinKind.ASSIGNED, "batch", "12", "交办第12批");
        fill(c.file(), 41, 30, 6, 5, 3, 453, 27);
        assertEquals(List.of(), build(), Files.readString(c.file()));

        fill(create(BulletinKind.ASSIGNED, "batch", "13", "交办第13批").file(), 40, 30, 6, 5, 3, 493, 30);
        List<String> wrong = build();
        assertEquals(1, wrong.size(), wrong::toString);
        assertContains(wrong.get(0), "content/bulletins/jiaoban-13.md:", wrong.get(0));
        assertContains(wrong.get(0), "does not agree with its parts: 来电 30件 + 来信 6件 + 微信 5件 = 41件",
                wrong.get(0));
    }

    @Test
    void aBanliBulletinHasNoValueAndBuildsClean() throws Exception {
        Created c = create(BulletinKind.HANDLED, "batches", "1至13", "第1至13批交办信访件办理情况");
        assertEquals("banli-1-13", c.slug());
        String text = Files.readString(c.file());
        assertContains(text, "\nkind: 办理\nround: round3\n", text);
        assertContains(text, "\nbatches: 1-13\n", text);
        for (String key : List.of("complaintsClosed", "complaintsPhased", "complaintsOpen", "closureRate", "verified",
                "notVerified", "fines", "heldAccountable")) {
            assertContains(text, "#  - {key: " + key + ", value: ,", text);
        }
        assertEquals(List.of(), build());

        fill(c.file(), 481, 402, 61, 18, "83.58%", 180, 95, 120, 60, 215, 37, 312.45, 2, 3, 1, 46, "超过28");
        assertEquals(List.of(), build(), Files.readString(c.file()));
    }

    @Test
    void anUncommentedFigureWithoutAValueIsAnErrorNotAZero() throws Exception {
        Created c = create(BulletinKind.HANDLED, "through", "22", "截至第22批办理情况");
        assertEquals("banli-1-22", c.slug());
        assertContains(Files.readString(c.file()), "\nthrough: 22\n");
        String text = Files.readString(c.file()).replace("#  - {key: complaintsClosed", "  - {key: complaintsClosed");
        Files.writeString(c.file(), text);
        List<String> errors = build();
        assertEquals(1, errors.size(), errors::toString);
        assertContains(errors.get(0), "missing the required field 'value'", errors.get(0));
    }

    @Test
    void theRoundIsTheOneStationedByTheDateOrTheOneGiven() throws Exception {
        Created c = NewContent.create(new Request(site.root(), Kind.BULLETIN, "第二轮通报", null,
                LocalDate.of(2020, 9, 20), null, null, new BulletinShape(BulletinKind.ASSIGNED, "batch", "3")));
        assertContains(Files.readString(c.file()), "\nround: round2\n");
        Created given = NewContent.create(new Request(site.root(), Kind.BULLETIN, "通报", null, DAY, "round2", null,
                new BulletinShape(BulletinKind.HANDLED, null, null)));
        assertEquals("banli-2023-11-21", given.slug(), "the round as a whole");
        assertContains(Files.readString(given.file()), "\nround: round2\n");
        assertEquals(List.of(), build());

        ScaffoldException unknown = assertThrows(ScaffoldException.class, () -> NewContent.create(new Request(
                site.root(), Kind.BULLETIN, "通报", null, DAY, "round9", null, null)));
        assertContains(unknown.getMessage(), "unknown round 'round9' (known: round2, round3)", unknown.getMessage());
        site.write("content/rounds.yaml", "[]\n");
        ScaffoldException none = assertThrows(ScaffoldException.class, () -> create(BulletinKind.ASSIGNED, null,
                null, "通报"));
        assertContains(none.getMessage(), "has no rounds", none.getMessage());
    }

    @Test
    void neverOverwritesNorWritesBatchesTheReaderRefuses() throws Exception {
        Created first = create(BulletinKind.ASSIGNED, "batch", "12", "第一份");
        String before = Files.readString(first.file());
        ScaffoldException e = assertThrows(ScaffoldException.class, () -> create(BulletinKind.ASSIGNED, "batch",
                "12", "第二份"));
        assertContains(e.getMessage(), "already exists", e.getMessage());
        assertEquals(before, Files.readString(first.file()));

        for (String[] bad : new String[][] {{"batch", "0"}, {"batch", "1-3"}, {"batches", "13-1"},
                {"batches", "0-3"}, {"through", "x"}, {"batches", "12"}}) {
            ScaffoldException b = assertThrows(ScaffoldException.class, () -> create(BulletinKind.HANDLED, bad[0],
                    bad[1], "通报"), String.join(" ", bad));
            assertContains(b.getMessage(), "--" + bad[0] + " is '" + bad[1] + "'", b.getMessage());
        }
    }

    @Test
    void theCommandLine() throws Exception {
        StringBuilder out = new StringBuilder();
        String root = site.root().toString();
        assertEquals(0, NewContentTest.run(out, "new", "bulletin", "第1至13批交办信访件办理情况", "--kind", "办理",
                "--batches", "1-13", "--date", "2023-11-25", "--root", root, "-q"));
        String printed = out.toString().strip();
        assertTrue(printed.endsWith("content/bulletins/banli-1-13.md"), printed);
        assertContains(Files.readString(site.root().resolve("content/bulletins/banli-1-13.md")),
                "\nkind: 办理\nround: round3\n");
        assertEquals(0, NewContentTest.run(out, "new", "bulletin", "交办第12批", "--batch", "12", "--root", root,
                "--date", "2023-11-21", "-q"));
        assertContains(Files.readString(site.root().resolve("content/bulletins/jiaoban-12.md")), "\nkind: 交办\n");
        assertEquals(0, NewContentTest.run(out, "new", "bulletin", "办理情况", "--kind", "banli", "--through", "22",
                "--root", root, "--date", "2023-11-30", "-q"));
        assertEquals(List.of(), build());

        assertEquals(2, NewContentTest.run(out, "new", "bulletin", "通报", "--kind", "督办", "--root", root));
        assertEquals(2, NewContentTest.run(out, "new", "bulletin", "通报", "--batch", "3", "--through", "3",
                "--root", root));
        assertEquals(2, NewContentTest.run(out, "new", "release", "通报", "--batch", "3", "--root", root));
        assertEquals(1, NewContentTest.run(out, "new", "bulletin", "通报", "--batch", "12", "--root", root,
                "--date", "2023-11-21"), "never over jiaoban-12");
    }
}
