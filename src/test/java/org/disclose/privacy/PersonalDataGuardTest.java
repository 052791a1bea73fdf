package org.disclose.privacy;

import org.disclose.privacy.PersonalDataGuard;
import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.Severity;
import org.disclose.diag.SourcePos;
import org.junit.jupiter.api.Test;

/**
 * The guard that keeps resident ID numbers, mobile numbers and personal e-mail addresses off the public site. Every
 * resident ID here gets its check digit computed by the test itself (GB 11643-1999), independently of the guard.
 */
class PersonalDataGuardTest {

    private static final SourcePos START = SourcePos.file("content/releases/a.md");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** The resident ID number with these 17 digits and its correct check digit. */
    static String withCheckDigit(String seventeen) {
        assertEquals(17, seventeen.length());
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (seventeen.charAt(i) - '0') * WEIGHTS[i];
        }
        return seventeen + "10X98765432".charAt(sum % 11);
    }

    /** The same number with a check digit that is wrong. */
    static String withWrongCheckDigit(String seventeen) {
        String right = withCheckDigit(seventeen);
        char wrong = right.charAt(17) == '0' ? '1' : '0';
        return seventeen + wrong;
    }

    private static List<Diagnostic> scan(String text, String... allowed) {
        return scan(text, START, allowed);
    }

    private static List<Diagnostic> scan(String text, SourcePos start, String... allowed) {
        Diagnostics d = new Diagnostics();
        new PersonalDataGuard(List.of(allowed)).scan(text, start, d);
        List<Diagnostic> found = d.sorted();
        found.forEach(x -> assertEquals(Severity.ERROR, x.severity(), x::toString));
        return found;
    }

    /** The ID used throughout: 220102 (长春市南关区), born 1990-03-07, sequence 123. */
    private static final String ID = withCheckDigit("22010219900307123");

    @Test
    void theTestsOwnCheckDigitAgreesWithKnownNumbers() {
        // the example number of GB 11643-1999 and a commonly cited specimen
        assertEquals("11010519491231002X", withCheckDigit("11010519491231002"));
        assertEquals("440524188001010014", withCheckDigit("44052418800101001"));
    }

    @Test
    void residentIdWithValidCheckDigitIsReported() {
        List<Diagnostic> found = scan("当事人身份证号" + ID + "，已立案。");
        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).message().startsWith("a resident ID number ("), found.get(0)::toString);
    }

    @Test
    void residentIdWithWrongCheckDigitIsNotReported() {
        String wrong = withWrongCheckDigit("22010219900307123");
        assertFalse(wrong.equals(ID));
        assertEquals(List.of(), scan("编号" + wrong + "。"), "18 digits that fail the check are some other number");
    }

    @Test
    void residentIdEndingInXIsReportedWhicheverCaseTheXIs() {
        String withX = xNumber();
        assertTrue(withX.endsWith("X"));
        assertEquals(1, scan("身份证" + withX + "。").size());
        assertEquals(1, scan("身份证" + withX.substring(0, 17) + "x。").size());
        assertEquals(List.of(), scan("身份证" + withX.substring(0, 17) + "Y。"));
    }

    /** The first number 2201021990030NNN1 (NNN a sequence number) whose check digit is X. */
    private static String xNumber() {
        for (int seq = 100; seq < 1000; seq++) {
            String id = withCheckDigit("2201021990030" + seq + "1");
            if (id.endsWith("X")) {
                return id;
            }
        }
        throw new AssertionError("no X check digit in range");
    }

    @Test
    void residentIdIsMaskedAsFourDigitsTenStarsFourDigits() {
        String id = withCheckDigit("22010219900307123");
        String message = scan("身份证号：" + id).get(0).message();
        String masked = "2201**********" + id.substring(14);
        assertTrue(masked.matches("2201\\*{10}\\d{3}[\\dX]"), masked);
        assertContains(message, "(" + masked + ")", message);
        assertNotContains(message, id, "the message must not repeat the number: " + message);
        assertNotContains(message, id.substring(0, 17), message);
        assertNotContains(message, id.substring(4, 14), "the birth date and sequence stay hidden: " + message);
        assertEquals("2201**********1234", PersonalDataGuard.maskId("220102199003071234"));
    }

    @Test
    void residentIdInsideALongerRunOfDigitsOrLettersIsNotOne() {
        assertEquals(List.of(), scan("流水号9" + ID + "。"));
        assertEquals(List.of(), scan("流水号" + ID + "7。"));
        assertEquals(List.of(), scan("受理编号D2JL202304210001。"));
        // 18 characters with a right check digit and birth date are an ID even after letters (ID, No., codeX)
        assertEquals(1, scan("受理编号D2JL" + ID + "。").size());
    }

    @Test
    void mobileNumbersFrom13xTo19xAreReported() {
        for (int second = 3; second <= 9; second++) {
            String mobile = "1" + second + "812345678";
            List<Diagnostic> found = scan("举报人电话" + mobile + "，请回电。");
            assertEquals(1, found.size(), mobile + ": " + found);
            String message = found.get(0).message();
            assertContains(message, "(1" + second + "8****5678)", message);
            assertNotContains(message, mobile, "the message must not repeat the number: " + message);
        }
    }

    @Test
    void numbersThatAreNotMobilesAreNotReported() {
        assertEquals(List.of(), scan("电话12812345678。"), "12x is not a mobile prefix");
        assertEquals(List.of(), scan("电话10812345678。"));
        assertEquals(List.of(), scan("电话1381234567。"), "ten digits");
        assertEquals(List.of(), scan("电话138123456789。"), "twelve digits");
        assertEquals(List.of(), scan("受理编号D2JL13812345678901，已办结。"), "inside a 受理编号's digits");
        assertEquals(List.of(), scan("金额913812345678元。"));
        assertEquals(List.of(), scan("固定电话0431-88888888，传真0431-88888889。"));
    }

    @Test
    void mobileBetweenCjkAndPunctuationIsFound() {
        assertEquals(1, scan("联系人张某（13912345678）").size());
        assertEquals(1, scan("13912345678").size(), "the whole text");
        assertEquals(1, scan("手机：13912345678；").size());
    }

    @Test
    void personalMailboxesAreReportedAndOfficeAddressesAreNot() {
        List<Diagnostic> qq = scan("来信请寄 123456789@qq.com 。");
        assertEquals(1, qq.size(), qq::toString);
        assertContains(qq.get(0).message(), "(1***@qq.com)", qq.get(0)::toString);
        assertNotContains(qq.get(0).message(), "123456789", qq.get(0)::toString);

        List<Diagnostic> netease = scan("举报人邮箱zhang.san@163.com，已回复。");
        assertEquals(1, netease.size(), netease::toString);
        assertContains(netease.get(0).message(), "(z***@163.com)", netease.get(0)::toString);

        assertEquals(1, scan("邮箱 Zhang.San@QQ.COM 。").size(), "domains compare without case");
        assertEquals(List.of(), scan("监督邮箱：jubao@sthjt.jl.gov.cn，欢迎监督。"));
        assertEquals(List.of(), scan("来信请寄 objections@example.gov.cn 。"));
        assertEquals(List.of(), scan("请勿将 qq.com 写成地址，也不要写 @163.com。"), "no mailbox, only a domain");
    }

    @Test
    void allowListedNumbersPassHoweverTheyAreWrittenInSiteYaml() {
        String text = "监督电话13812345678，邮箱 jubao@163.com，办公电话13912345678。";
        List<Diagnostic> found = scan(text, "138 1234 5678", "JuBao@163.com");
        assertEquals(1, found.size(), found::toString);
        assertContains(found.get(0).message(), "139****5678", found.get(0)::toString);

        assertEquals(List.of(), scan(text, "138-1234-5678", "jubao@163.com", "139 - 1234 - 5678"));
        assertEquals(List.of(), scan("身份证号" + ID, ID.substring(0, 6) + " " + ID.substring(6, 14) + "-"
                + ID.substring(14)), "an allowed number, written in groups");
        assertEquals(1, scan("电话13812345678", "138-1234-5679").size(), "a different number is not allowed");
    }

    @Test
    void positionsCountLinesAndCharactersIncludingCjk() {
        String text = "第一行：无个人信息。\n"
                + "第二行，举报人13812345678。\n"
                + "\n"
                + "  第四行 身份证" + ID + "\n"
                + "邮箱：a.b@qq.com";
        List<Diagnostic> found = scan(text, new SourcePos("content/releases/a.md", 5, 1));
        assertEquals(List.of(
                "content/releases/a.md:6:8: error: a mobile number (138****5678)",
                "content/releases/a.md:8:10: error: a resident ID number (2201**********" + ID.substring(14) + ")",
                "content/releases/a.md:9:4: error: a personal e-mail address (a***@qq.com)"),
                found.stream().map(x -> x.toString().substring(0, x.toString().indexOf(')') + 1)).toList());
    }

    @Test
    void positionsStartAtTheColumnOfTheText() {
        // a CSV cell that starts at line 3, column 12: the number is 5 characters into it
        List<Diagnostic> found = scan("举报人电话13812345678", new SourcePos("content/complaints/b.csv", 3, 12));
        assertEquals(new SourcePos("content/complaints/b.csv", 3, 17), found.get(0).pos());
        // and the column starts again from 1 after a line break inside the cell
        found = scan("第一行\n电话13812345678", new SourcePos("content/complaints/b.csv", 3, 12));
        assertEquals(new SourcePos("content/complaints/b.csv", 4, 3), found.get(0).pos());
    }

    @Test
    void everyFindingOfOneTextIsReported() {
        String id2 = withCheckDigit("22040219850101456");
        List<Diagnostic> found = scan(ID + "，" + id2 + "，13812345678，13912345678，a@qq.com，b@126.com");
        assertEquals(6, found.size(), found::toString);
    }

    @Test
    void noMessageContainsTheWholeNumberOrAddress() {
        String mobile = "15912345678";
        String mail = "wangwu2023@sina.com";
        String text = "身份证" + ID + "，手机" + mobile + "，邮箱" + mail + "，身份证" + xNumber();
        List<Diagnostic> found = scan(text);
        assertEquals(4, found.size(), found::toString);
        for (Diagnostic x : found) {
            String m = x.message();
            for (String personal : List.of(ID, xNumber(), mobile, mail, "wangwu2023")) {
                assertNotContains(m, personal);
            }
            assertFalse(m.matches(".*\\d{8,}.*"), "no long run of the number's digits: " + m);
        }
    }

    @Test
    void shortTextsAndTextsWithoutDigitsAreCheap() {
        assertEquals(List.of(), scan(""));
        assertEquals(List.of(), scan("1381234567"));
        assertEquals(List.of(), scan("无个人信息的一段较长的中文文字。"));
    }

    // ------------------------------------------------------------------------------------------------------ mask

    private static String mask(String text, String... allowed) {
        return new PersonalDataGuard(List.of(allowed)).mask(text);
    }

    @Test
    void maskReplacesEachFindingByTheFormTheGuardsMessagesShow() {
        String mail = "wangwu2023@sina.com";
        String text = "'身份证" + ID + "，手机+86 138-1234-5678，邮箱" + mail + "' is not allowed";
        String masked = mask(text);
        assertEquals("'身份证2201**********" + ID.substring(14) + "，手机138****5678，邮箱w***@sina.com' is not allowed",
                masked);
        for (Diagnostic x : scan(text)) {
            String shown = x.message().substring(x.message().indexOf('(') + 1, x.message().indexOf(')'));
            assertContains(masked, shown, shown + " in " + masked);
        }
    }

    @Test
    void maskUsesTheGuardsOwnRules() {
        String wrong = withWrongCheckDigit("22010219900307123");
        assertEquals("编号" + wrong + "，电话12812345678", mask("编号" + wrong + "，电话12812345678"),
                "not an ID (check digit) and not a mobile (12x)");
        assertEquals("监督邮箱 jubao@sthjt.jl.gov.cn", mask("监督邮箱 jubao@sthjt.jl.gov.cn"), "an office address");
        assertEquals("监督电话13812345678，办公电话139****5678",
                mask("监督电话13812345678，办公电话13912345678", "138 1234 5678"), "the allowed number stays");
    }

    @Test
    void maskLeavesTextsWithoutFindingsAsTheyAre() {
        for (String text : List.of("", "abc", "unknown field 'sumary' in the release: did you mean 'summary'?",
                "'date' is not a valid date: '2023-13-40'", "pageSize must be between 1 and 500, not 501")) {
            assertSame(text, mask(text), text);
        }
    }

    @Test
    void theGuardsOwnMessagesComeOutOfMaskUnchanged() {
        String text = "身份证" + ID + "，身份证" + xNumber() + "，手机13812345678，邮箱a.b@qq.com，z@163.com";
        List<Diagnostic> found = scan(text);
        assertEquals(5, found.size(), found::toString);
        for (Diagnostic x : found) {
            assertSame(x.message(), mask(x.message()));
        }
    }

    @Test
    void aMailboxNamedAfterAMobileNumberIsMaskedAsTheMailbox() {
        assertEquals("邮箱1***@qq.com。", mask("邮箱13812345678a@qq.com。"));
        assertEquals("邮箱x***@qq.com。", mask("邮箱x13812345678.a@qq.com。"));
        String overlapping = mask("电话138 1234 5678abc@qq.com。");
        assertNotContains(overlapping, "abc");
        assertNotContains(overlapping, "1234");
    }

    // ------------------------------------------------------------------------------------------------ found bugs

    /**
     * A complaint table is scanned cell by cell, and {@code scan} skips any text shorter than 11 characters, so a
     * cell holding only a short personal address is never checked.
     */
    @Test
    void shortPersonalAddressOnItsOwnIsReported() {
        assertEquals(1, scan("abc@qq.com").size());
        assertEquals(1, scan("ab@163.com").size());
    }

    /**
     * Columns elsewhere count characters (code points): SourceText, the YAML parser and the CSV parser. The guard
     * counts UTF-16 units, so every character outside the Basic Multilingual Plane before a finding (CJK Extension
     * B, as in some place and personal names: 𠀀, 𡒄) moves its column one to the right. The corpus case
     * src/test/resources/bad/107-personal-mobile-after-rare-character shows the same through a build.
     */
    @Test
    void columnsCountCharactersNotUtf16Units() {
        List<Diagnostic> found = scan("𡒄村村民13812345678");
        assertEquals(new SourcePos("content/releases/a.md", 1, 5), found.get(0).pos());
    }
}
