package org.disclose.privacy;

import org.disclose.privacy.PersonalDataGuard;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * No text makes the guard slow: 1 MB of what each of its scans finds hardest (long runs of address characters,
 * digits, separators, at signs, dots, entities, unclosed tags) is read in linear time. The timeouts are generous
 * (a quadratic scan of 1 MB takes hours); this is not a benchmark.
 */
class LinearScanTest {

    static final int MB = 1 << 20;

    /** Adversarial texts of about 1 MB each, by what they attack. */
    static Map<String, String> texts() {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("address characters", "a".repeat(MB));
        t.put("address characters then @", "a.".repeat(MB / 2) + "@qq.com");
        t.put("at signs", "@".repeat(MB));
        t.put("name@ repeated", "ab@".repeat(MB / 3));
        t.put("@domain repeated", "@qq.com".repeat(MB / 7));
        t.put("name and dots", "a.b-c_d%e+f".repeat(MB / 11) + "@");
        t.put("(at) repeated", "a(at)".repeat(MB / 5));
        t.put("[dot] repeated", "a@b" + "[dot]".repeat(MB / 5));
        t.put("digits", "1".repeat(MB));
        t.put("mobile-like digits", "13812345678".repeat(MB / 11));
        t.put("digits and spaces", "1 ".repeat(MB / 2));
        t.put("digits and dashes", "13-8".repeat(MB / 4));
        t.put("digits and separators", "1\u3000-\u00A0.\u2014".repeat(MB / 6));
        t.put("full-width digits", "１３８".repeat(MB / 3));
        t.put("chinese numerals and spaces", "一 ".repeat(MB / 2));
        t.put("numeric entities", "&#49;".repeat(MB / 5));
        t.put("unfinished entities", "&#".repeat(MB / 2));
        t.put("ampersands", "&".repeat(MB));
        t.put("zeros of an entity", "&#" + "0".repeat(MB));
        t.put("named entities", "&nbsp;&commat;".repeat(MB / 14));
        t.put("unclosed tags", "<a \"".repeat(MB / 4));
        t.put("unclosed quotes in tags", "<a title='x".repeat(MB / 11) + "<b>");
        t.put("less-than signs", "<".repeat(MB));
        t.put("comment openings", "<!--".repeat(MB / 4));
        t.put("link destinations", "](".repeat(MB / 2));
        t.put("emphasis and digits", "*1".repeat(MB / 2));
        t.put("qq words", "qq".repeat(MB / 2));
        t.put("qq and digits", "QQ 1 ".repeat(MB / 5));
        t.put("card words and digits", "卡号1 ".repeat(MB / 4));
        t.put("invisible characters", "1\u200B".repeat(MB / 2));
        t.put("backslashes", "\\".repeat(MB));
        t.put("surrogates", "𝟏".repeat(MB / 2));
        t.put("numerals and digits alternating", "1一".repeat(MB / 2));
        t.put("names before mobiles", "张三13812345678".repeat(MB / 13));
        t.put("decimals", "1.2 ".repeat(MB / 4));
        t.put("one dot then dots", "156789012.34" + ".1".repeat(MB / 2));
        t.put("amounts", "13800000000 万元".repeat(MB / 15));
        t.put("spaced qq words", "Q Q ".repeat(MB / 4));
        t.put("qq words with colons", "扣扣号：：：".repeat(MB / 6));
        t.put("percent-encoded digits", "%31".repeat(MB / 3));
        t.put("percent signs", "%3".repeat(MB / 2));
        t.put("digits in brackets and slashes", "(1)/".repeat(MB / 4));
        t.put("financial numerals", "壹1".repeat(MB / 2));
        return t;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @Tag("slow")
    void everyAdversarialTextIsScannedAndMaskedQuickly() {
        PersonalDataGuard guard = new PersonalDataGuard(List.of("13812345678"));
        StringBuilder times = new StringBuilder();
        for (Map.Entry<String, String> e : texts().entrySet()) {
            long start = System.nanoTime();
            Diagnostics d = new Diagnostics();
            guard.scan(e.getValue(), SourcePos.file("content/releases/a.md"), d);
            guard.mask(e.getValue());
            guard.scanOutput(e.getValue(), "search/docs/0.json", d);
            long ms = (System.nanoTime() - start) / 1_000_000;
            times.append(e.getKey()).append(": ").append(ms).append(" ms\n");
            assertTrue(d.sorted().size() <= 2 * (PersonalDataGuard.MAX_REPORTED + 1), e.getKey());
        }
        System.out.print(times);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void manyFindingsAreReportedUpToTheLimit() {
        Diagnostics d = new Diagnostics();
        new PersonalDataGuard(List.of()).scan("13812345678，".repeat(1000), SourcePos.file("a.md"), d);
        assertEquals(PersonalDataGuard.MAX_REPORTED + 1, d.sorted().size());
        assertTrue(d.sorted().get(d.sorted().size() - 1).message().startsWith("more than 100 personal numbers"),
                d.sorted().toString());
    }
}
