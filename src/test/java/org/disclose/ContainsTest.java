package org.disclose;

import static org.disclose.Contains.assertContains;
import static org.disclose.Contains.assertNotContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The helper's failures say what the text held, near where what was looked for went wrong. */
class ContainsTest {

    private static final String PAGE = "<html><body>" + "x".repeat(500) + "<dt>结案销号率</dt><dd><span>97.64</span>%</dd>"
            + "y".repeat(500) + "</body></html>";

    @Test
    void passesWhenTheTextIsThere() {
        assertContains(PAGE, "<dt>结案销号率</dt>");
        assertNotContains(PAGE, "98.00");
        assertContains(List.of("a", "b"), "b");
        assertNotContains(List.of("a", "b"), "c");
    }

    @Test
    void aMissingNeedleShowsWhereItsLongestStartOccurs() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> assertContains(PAGE, "<dt>结案销号率</dt><dd>97.64%</dd>", "the closure rate"));
        String m = e.getMessage();
        assertTrue(m.startsWith("the closure rate: expected to find «<dt>结案销号率</dt><dd>97.64%</dd>»"), m);
        assertTrue(m.contains("only its first 18 characters «<dt>结案销号率</dt><dd>» occur (at 512 of "), m);
        assertTrue(m.contains("»<dt>结案销号率</dt><dd>«<span>97.64</span>%</dd>"), m);
        assertTrue(m.length() < 700, "an excerpt, not the page: " + m.length());
    }

    @Test
    void aNeedleWithNoStartInTheTextShowsTheTextsBeginning() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertContains("line one\nline two",
                "absent"));
        assertEquals("expected to find «absent» but the text (17 characters) does not hold even its start: "
                + "line one\\nline two", e.getMessage());
        assertThrows(AssertionFailedError.class, () -> assertContains((String) null, "x"));
    }

    @Test
    void anUnwantedNeedleIsShownWhereItIs() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertNotContains(PAGE, "97.64",
                () -> "no figure"));
        assertTrue(e.getMessage().startsWith("no figure: expected no «97.64» but found it at "), e.getMessage());
        assertTrue(e.getMessage().contains("<span>»97.64«</span>"), e.getMessage());
    }

    @Test
    void collectionsAreShownWhole() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class, () -> assertContains(List.of("a", "b"),
                "c"));
        assertEquals("expected «c» among [a, b]", e.getMessage());
    }
}
