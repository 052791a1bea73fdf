package org.disclose.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 17, point 7: traditional characters give a did-you-mean naming the simplified term, never a match. */
class TraditionalTest {

    @Test
    void theVocabulariesTermsAndHeadersAreWrittenSimplified() {
        assertEquals("是否办结", Traditional.simplified("是否辦結"));
        assertEquals("已办结", Traditional.simplified("已辦結"));
        assertEquals("阶段性办结", Traditional.simplified("階段性辦結"));
        assertEquals("达到序时进度", Traditional.simplified("達到序時進度"));
        assertEquals("未达到序时进度", Traditional.simplified("未達到序時進度"));
        assertEquals("基本属实", Traditional.simplified("基本屬實"));
        assertEquals("交办问题基本情况", Traditional.simplified("交辦問題基本情況"));
        assertEquals("已销号", Traditional.simplified("已銷號"));
        assertEquals("甲市", Traditional.simplified("甲市"), "what has no traditional character stays as it is");
        assertTrue(Traditional.hasTraditional("已辦結"));
        assertFalse(Traditional.hasTraditional("已办结"));
    }

    @Test
    void aSuggestionNamesTheSimplifiedTermHoweverFarApartTheyAreSpelt() {
        List<String> statuses = List.of("已销号", "已完成", "基本完成", "达到序时进度", "未达到序时进度", "尚未启动", "长期坚持");
        // three characters differ: too far for a typo, but the same term
        assertEquals(Optional.of("达到序时进度"), Suggest.closest("達到序時進度", statuses));
        assertEquals(" (written in traditional characters: did you mean '达到序时进度'?)",
                Suggest.didYouMean("達到序時進度", statuses));
        assertEquals(" (did you mean '已完成'?)", Suggest.didYouMean("己完成", statuses));
        assertEquals("", Suggest.didYouMean("進行中", statuses));
    }
}
