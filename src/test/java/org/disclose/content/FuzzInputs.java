package org.disclose.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.disclose.TestSite;

/**
 * The inputs of the reader fuzzer ({@link ReaderFuzzTest}): the demo's real files as seeds, damaged copies of them
 * (spans deleted, duplicated or truncated, YAML and Markdown punctuation, control characters, BOMs and CJK inserted,
 * lines repeated and re-indented, values replaced by awkward ones), random text and bytes, and encodings of a text
 * that are not quite clean UTF-8. Every choice is drawn from the caller's {@link Random}, so a fixed seed gives the
 * same inputs on every run.
 */
final class FuzzInputs {

    private static final Path DEMO = TestSite.PROJECT.resolve("content");
    /** A YAML value that is a number ({@code value: 93.5}). */
    private static final Pattern NUMBER_VALUE = Pattern.compile(":[ \t]+(-?[0-9][0-9.,]*)[ \t]*$", Pattern.MULTILINE);

    /** Punctuation that means something to YAML, Markdown, CSV or a parser's reader, plus CJK and odd characters. */
    private static final String[] TOKENS = {":", ": ", "-", "- ", "[", "]", "{", "}", "&", "*", "!", "|", ">", "'",
        "\"", "#", "\t", "\r", "\r\n", "\u0000", "\uFEFF", "\n", " ", "    ", ",", "\\", "%", "@", "`", "?", "? ",
        "长春市", "整改", "已完成", "示例", "𠀀", "、", "，", "：", "\u3000", "\u00A0", "\u2028", "\u0085", "\u001B",
        "---\n", "...\n", "&a ", "*a", "<<: *a\n", "!!str ", "!!binary ", "!!int ", "!!map ", "!!python/object:x ",
        "!<tag:yaml.org,2002:str> ", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n", "|-\n", ">+\n", "[[[[", "{{{{", "\\u",
        "](javascript:x)", "![](a.png)", "<script>", "| a | b |\n|---|---|\n", "```\n", "\uD800", "\uDFFF"};
    /** Values an author (or a damaged file) may put where a number, date, word or list is expected. */
    private static final String[] VALUES = {"", "~", "null", "[]", "{}", "''", "\"\"", "-1", "0", "00", "+7",
        "9223372036854775808", "-9223372036854775809", "99999999999", "1e999999999", "1E-999999999", "-0.0",
        "12345678901234567890.123456789", ".inf", ".nan", "NaN", "0x1F", "1,000", "1_000", "2023-02-29",
        "2024-02-29", "2023-13-40", "9999-12-31", "0000-01-01", "-999999999-01-01", "2023-05-10T25:61",
        "2023-05-10 09:30", "2023-5-1", "2023-05-10T09:30:00Z", "长期坚持", "已完成", "基本完成", "未完成", "是",
        "true", "no", "yes", "*a", "&a x", "[a, b]", "{a: b}", "[[]]", "|\n  多行\n  文本", ">-\n  y", "!!binary AAAA",
        "13812345678", "a@qq.com", "110101199003077777", "../x.png", "/etc/passwd", "x.png", "a/../../b.png",
        "higher", "lower", "大气", "round2", "round9", "-", "- x", "\"\\u0000\"", "'it''s'", "x".repeat(300),
        "𠀀".repeat(5), "<script>alert(1)</script>", "CON", ".", ".."};

    /** Numbers that are valid to a parser but extreme, or nearly numbers. */
    private static final String[] NUMBERS = {"0", "-1", "00", "0.0", "-0", "1e999999999", "1E-999999999", "1e309",
        "4.9e-324", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808", "1.", ".5", "1..2",
        "1e", "0x10", "1,000", "99.999", "100.00", "1E+2", "١٢٣", "１２３", "12345678901234567890"};

    private FuzzInputs() {
    }

    static String demo(String relative) {
        try {
            return Files.readString(DEMO.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String firstLines(String text, int lines) {
        int at = 0;
        for (int i = 0; i < lines && at >= 0; i++) {
            at = text.indexOf('\n', at + 1);
        }
        return at < 0 ? text : text.substring(0, at + 1);
    }

    /** The demo's Markdown files of one folder, plus a hand-written one that uses every field of that kind. */
    static List<String> frontMatterSeeds(String folder) {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(DEMO.resolve(folder))) {
            files.filter(Files::isRegularFile).sorted().forEach(p -> seeds.add(demo(folder + "/" + p.getFileName())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (folder.equals("releases")) {
            seeds.add("""
                    ---
                    title: "整改进展：第二批"
                    date: 2023-05-10T09:30
                    slug: second-batch
                    updated: 2023-06-01
                    round: round2
                    source: 吉林省人民政府网
                    summary: >-
                      截至目前，已完成26项。
                    tags: [督察, 整改]
                    draft: false
                    changes:
                      - date: 2023-06-01
                        note: 更正数字
                    ---

                    ## 一、总体情况

                    | 项目 | 数量 |
                    | --- | ---: |
                    | 完成 | 26 |

                    详见[原文](https://www.jl.gov.cn/)和![现场照片](photo.png)。
                    """);
        } else if (folder.equals("cases")) {
            seeds.add("""
                    ---
                    title: 示例案例
                    round: round2
                    region: 长春市
                    status: 整改中
                    summary: 摘要
                    tasks: ["1", "2"]
                    figures:
                      - label: 投入资金
                        value: 4141
                        unit: 万元
                      - label: 清运量
                        value: 167.5
                    milestones:
                      - date: 2022-01-01
                        text: 制定方案
                    images:
                      - path: img/site.png
                        alt: 整治后的现场
                        caption: 2023年拍摄
                    ---

                    正文。
                    """);
        }
        return seeds;
    }

    /** Slices of the demo's task file (whole records), and the whole file now and then. */
    static List<String> taskSeeds() {
        String all = demo("tasks/sample-tasks.yaml");
        List<Integer> starts = new ArrayList<>();
        for (int at = all.indexOf("\n- id:"); at >= 0; at = all.indexOf("\n- id:", at + 1)) {
            starts.add(at + 1);
        }
        List<String> seeds = new ArrayList<>();
        seeds.add(all.substring(0, starts.get(3)));
        seeds.add(all.substring(starts.get(16), starts.get(19))); // tasks 25 to 27 (1 to 8 are in the demo's ledger)
        seeds.add(all.substring(starts.get(starts.size() - 3)));
        seeds.add("""
                - id: x-1
                  round: round2
                  problem: 问题
                  deadline: 长期坚持
                  status: 已销号
                  closure:
                    accepted: 2023-04-20
                    noticeFrom: 2023-04-21
                    noticeTo: 2023-04-27
                    phone: 0431-88888888
                    email: objections@example.gov.cn
                    note: 公示
                """);
        seeds.add(all);
        return seeds;
    }

    /** Random text from YAML/Markdown pieces, field names, values and line breaks; sometimes inside front matter. */
    static String randomText(Random random, boolean markdownFile) {
        String[] names = {"title", "date", "slug", "round", "id", "status", "series", "period", "value", "progress",
            "closure", "accepted", "figures", "images", "path", "alt", "reports", "asOf", "byRank", "县处级", "batch"};
        StringBuilder s = new StringBuilder();
        if (markdownFile && random.nextInt(4) > 0) {
            s.append("---\n");
        }
        int pieces = random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(6)) {
                case 0 -> s.append(names[random.nextInt(names.length)]).append(": ");
                case 1 -> s.append(VALUES[random.nextInt(VALUES.length)]);
                case 2 -> s.append('\n').append(" ".repeat(random.nextInt(3) * 2));
                case 3 -> s.append("- ");
                default -> s.append(TOKENS[random.nextInt(TOKENS.length)]);
            }
            if (markdownFile && random.nextInt(40) == 0) {
                s.append("\n---\n");
            }
        }
        return s.toString();
    }

    static byte[] randomInput(Random random, boolean markdownFile) {
        if (random.nextInt(5) == 0) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            return bytes;
        }
        return randomText(random, markdownFile).getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-8, sometimes with a BOM, CRLF line ends, or a few bytes that are not valid UTF-8. */
    static byte[] encode(String text, Random random) {
        String t = random.nextInt(20) == 0 ? text.replace("\n", "\r\n") : text;
        byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0) {
            byte[] withBom = new byte[bytes.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(bytes, 0, withBom, 3, bytes.length);
            bytes = withBom;
        }
        if (random.nextInt(15) == 0 && bytes.length > 0) {
            bytes = bytes.clone();
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(3)) {
                case 0 -> bytes[at] = (byte) (0x80 | random.nextInt(0x80));
                case 1 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                default -> bytes = Arrays.copyOf(bytes, at); // may cut a character in half
            }
        }
        return bytes;
    }

    /** One to four edits of the kinds authors and broken tools make. */
    static String mutate(String text, Random random) {
        return mutate(text, random, 1 + random.nextInt(4));
    }

    static String mutate(String text, Random random, int edits) {
        StringBuilder s = new StringBuilder(text);
        for (int n = edits; n > 0; n--) {
            int len = s.length();
            int at = len == 0 ? 0 : random.nextInt(len + 1);
            switch (random.nextInt(12)) {
                case 0 -> s.delete(at, Math.min(len, at + span(random)));
                case 1 -> s.insert(at, TOKENS[random.nextInt(TOKENS.length)]);
                case 2 -> {
                    int end = Math.min(len, at + span(random));
                    s.insert(end, s.substring(at, end));
                }
                case 3 -> {
                    if (at < len) {
                        s.setCharAt(at, randomChar(random));
                    }
                }
                case 4 -> s.setLength(random.nextInt(len + 1));
                case 5 -> {
                    int start = lineStart(s, at);
                    int end = lineEnd(s, at);
                    String line = s.substring(start, end) + "\n";
                    s.insert(start, line.repeat(1 + random.nextInt(random.nextInt(8) == 0 ? 200 : 3)));
                }
                case 6 -> {
                    int start = lineStart(s, at);
                    if (random.nextBoolean()) {
                        s.insert(start, random.nextInt(4) == 0 ? "\t" : " ".repeat(1 + random.nextInt(4)));
                    } else {
                        int end = start;
                        while (end < s.length() && end - start < 1 + random.nextInt(4) && s.charAt(end) == ' ') {
                            end++;
                        }
                        s.delete(start, end);
                    }
                }
                case 7 -> {
                    int colon = nextKey(s, at);
                    if (colon >= 0) {
                        s.replace(colon + 1, lineEnd(s, colon), " " + VALUES[random.nextInt(VALUES.length)]);
                    }
                }
                case 8 -> {
                    int start = lineStart(s, at);
                    int end = Math.min(s.length(), lineEnd(s, at) + 1);
                    String line = s.substring(start, end);
                    s.delete(start, end);
                    int to = lineStart(s, s.length() == 0 ? 0 : random.nextInt(s.length() + 1));
                    s.insert(to, line.endsWith("\n") ? line : line + "\n");
                }
                case 9 -> {
                    String cjk = new String(Character.toChars(random.nextInt(4) == 0 ? 0x20000 + random.nextInt(100)
                            : 0x4E00 + random.nextInt(0x5000)));
                    s.insert(at, cjk.repeat(1 + random.nextInt(3)));
                }
                case 10 -> { // a number becomes an awkward one: the next value that is a number, else any digits
                    Matcher m = NUMBER_VALUE.matcher(s);
                    int start;
                    int end;
                    if (m.find(Math.min(at, s.length()))) {
                        start = m.start(1);
                        end = m.end(1);
                    } else {
                        start = at;
                        while (start < s.length() && !Character.isDigit(s.charAt(start))) {
                            start++;
                        }
                        end = start;
                        while (end < s.length() && (Character.isDigit(s.charAt(end)) || s.charAt(end) == '.')) {
                            end++;
                        }
                    }
                    s.replace(start, end, NUMBERS[random.nextInt(NUMBERS.length)]);
                }
                default -> s.insert(at, VALUES[random.nextInt(VALUES.length)]);
            }
        }
        return s.toString();
    }

    /** The next ':' that ends a key (followed by a space or the end of the line), or -1. */
    private static int nextKey(CharSequence s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == ':' && (i + 1 == s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\n')) {
                return i;
            }
        }
        return -1;
    }

    private static int span(Random random) {
        return 1 + random.nextInt(random.nextInt(4) == 0 ? 200 : 8);
    }

    private static char randomChar(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> TOKENS[random.nextInt(TOKENS.length)].charAt(0);
            case 1 -> (char) random.nextInt(0x80);
            case 2 -> (char) (0x4E00 + random.nextInt(0x5000));
            default -> (char) random.nextInt(0x10000);
        };
    }

    private static int lineStart(CharSequence s, int at) {
        int i = Math.min(at, s.length());
        while (i > 0 && s.charAt(i - 1) != '\n') {
            i--;
        }
        return i;
    }

    private static int lineEnd(CharSequence s, int at) {
        int i = Math.min(at, s.length());
        while (i < s.length() && s.charAt(i) != '\n') {
            i++;
        }
        return i;
    }
}
