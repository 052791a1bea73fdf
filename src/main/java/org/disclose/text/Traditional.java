package org.disclose.text;

import java.util.Map;

/**
 * Traditional characters (繁体字) an office may type in a header or a term of a closed vocabulary (是否辦結, 已辦結,
 * 達到序時進度), mapped to the simplified ones the vocabularies use. Only a hint for "did you mean": a value in
 * traditional characters is never accepted as the term. The map covers the characters of the complaint headers and
 * the status vocabularies (是否属实, 是否办结, 问题类型, 整改状态) and of a task ledger's headers, no more: the one place
 * to add a character.
 */
public final class Traditional {

    private static final Map<Character, Character> SIMPLIFIED = Map.ofEntries(
            // 是否辦結 已辦結 階段性辦結 未辦結
            Map.entry('辦', '办'), Map.entry('結', '结'), Map.entry('階', '阶'), Map.entry('斷', '断'),
            // 是否屬實 基本屬實 部分屬實 不屬實 待核實
            Map.entry('屬', '属'), Map.entry('實', '实'),
            // 達到序時進度 未達到序時進度 已銷號 長期堅持 尚未啟動
            Map.entry('達', '达'), Map.entry('時', '时'), Map.entry('進', '进'), Map.entry('銷', '销'),
            Map.entry('號', '号'), Map.entry('長', '长'), Map.entry('堅', '坚'), Map.entry('啟', '启'),
            Map.entry('動', '动'), Map.entry('啓', '启'),
            // 大氣 噪聲 生態 海洋 輻射 固廢 其他
            Map.entry('氣', '气'), Map.entry('聲', '声'), Map.entry('態', '态'), Map.entry('輻', '辐'),
            Map.entry('廢', '废'),
            // 受理編號 交辦問題基本情況 行政區域 問題類型 汙染類型 調查核實情況 辦結目標 處理和整改情況 責任人被處理情況
            Map.entry('編', '编'), Map.entry('問', '问'), Map.entry('題', '题'), Map.entry('況', '况'),
            Map.entry('區', '区'), Map.entry('域', '域'), Map.entry('類', '类'), Map.entry('汙', '污'),
            Map.entry('調', '调'), Map.entry('標', '标'), Map.entry('處', '处'), Map.entry('責', '责'),
            Map.entry('條', '条'),
            // 受理方式 來源 重點 聯繫電話 舉報人 未註明 不詳
            Map.entry('來', '来'), Map.entry('點', '点'), Map.entry('聯', '联'), Map.entry('繫', '系'),
            Map.entry('電', '电'), Map.entry('話', '话'), Map.entry('舉', '举'), Map.entry('報', '报'),
            Map.entry('註', '注'), Map.entry('詳', '详'), Map.entry('訊', '讯'), Map.entry('網', '网'),
            Map.entry('絡', '络'), Map.entry('信', '信'), Map.entry('訪', '访'),
            // 督察反饋問題 責任領導 牽頭單位 配合單位 整改狀態 整改進展 (a task ledger's headers, section 6)
            Map.entry('饋', '馈'), Map.entry('領', '领'), Map.entry('導', '导'), Map.entry('牽', '牵'),
            Map.entry('頭', '头'), Map.entry('單', '单'), Map.entry('狀', '状'));

    private Traditional() {
    }

    /** {@code text} with each traditional character of the map written simplified; other characters as they are. */
    public static String simplified(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            Character s = SIMPLIFIED.get(text.charAt(i));
            if (s != null && s != text.charAt(i)) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, s);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether {@code text} has a character of the map: written, at least in part, in traditional characters. */
    public static boolean hasTraditional(String text) {
        return !simplified(text).equals(text);
    }
}
