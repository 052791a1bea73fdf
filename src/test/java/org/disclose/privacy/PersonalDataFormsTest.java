package org.disclose.privacy;

import static org.disclose.Contains.assertContains;
import static org.disclose.privacy.GuardScans.ID;
import static org.disclose.privacy.GuardScans.MOBILE;
import static org.disclose.privacy.GuardScans.clean;
import static org.disclose.privacy.GuardScans.entities;
import static org.disclose.privacy.GuardScans.found;
import static org.disclose.privacy.GuardScans.fullWidth;
import static org.disclose.privacy.GuardScans.luhn;
import static org.disclose.privacy.GuardScans.scan;
import static org.disclose.privacy.PersonalDataGuardTest.withCheckDigit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.disclose.diag.Diagnostic;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.junit.jupiter.api.Test;

/**
 * Personal numbers and addresses in every form a page can show them: full-width, in other numerals, with
 * separators, split by markup, written as entities or percent-encoded; the mask, the allowlist and positions in every
 * form; and what must not be taken for one. The kinds that need a word or a service beside them (free mail, QQ,
 * bank cards) are {@link PersonalDataKindsTest}.
 */
class PersonalDataFormsTest {


    // ------------------------------------------------------------------------------------------- folded forms

    @Test
    void fullWidthAndOtherScriptsDigitsAreDigits() {
        found("a mobile number", "电话" + fullWidth(MOBILE) + "。");
        found("a resident ID number", "身份证" + fullWidth(ID));
        found("a personal e-mail address", "邮箱" + fullWidth("zhangsan@qq.com"));
        found("a mobile number", "电话𝟏𝟑𝟗𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖"); // mathematical bold digits
        found("a mobile number", "电话١٣٨١٢٣٤٥٦٧٨"); // Arabic-Indic digits
        found("a mobile number", "电话" + fullWidth("139") + "1234" + fullWidth("5678"));
    }

    @Test
    void chineseNumeralsReadAloudAreDigits() {
        found("a mobile number", "举报人电话：一三八一二三四五六七八。");
        found("a mobile number", "举报人电话：幺三八 幺二三四 五六七八");
        found("a mobile number", "举报人电话：138一二三四5678");
        found("a QQ number", "QQ：一二三四五六七八");
        clean("二〇二三年五月十日，一一对应、逐一落实，第一二三批。");
        clean("时间：二〇二三年〇五月");
    }

    @Test
    void separatorsOfEveryKindMayGroupTheDigits() {
        for (String sep : List.of(" ", "-", ".", "\u00A0", "\u3000", "\u2014", "\u2013", "\u2010", "\u2212", "·",
                "\u2009", "  ", " - ", "－", "．", "\u2011", "\t")) {
            found("a mobile number", "电话：138" + sep + "1234" + sep + "5678。");
            found("a resident ID number", "身份证号：" + ID.substring(0, 6) + sep + ID.substring(6, 14) + sep
                    + ID.substring(14) + "。");
        }
        found("a mobile number", "电话：1 3 8 1 2 3 4 5 6 7 8");
        found("a mobile number", "电话：138\n1234 5678"); // a soft line break shows as a space
        clean("电话：138\n\n1234 5678"); // two paragraphs
        found("a mobile number", "电话：1381 2345 678");
    }

    @Test
    void invisibleCharactersAndMarkupBetweenDigitsAreSeenThrough() {
        for (String split : List.of("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u202E",
                "**", "__", "*", "_", "~~", "`", "<b></b>", "<span class=\"x\"></span>", "<!-- x -->", "<i>",
                "</i>", "<span title=\"a>b\">", "&shy;", "&#8203;", "&ZeroWidthSpace;", "\u0301", "\uFE0F")) {
            String text = "举报人" + MOBILE.substring(0, 4) + split + MOBILE.substring(4) + "。";
            found("a mobile number", text);
            found("a resident ID number", "身份证" + ID.substring(0, 9) + split + ID.substring(9));
        }
        found("a mobile number", "电话 138**1234**5678");
        found("a mobile number", "电话 [138](#)1234 5678");
        found("a mobile number", "电话 <a title=\"x 138<b></b>12345678");
        found("a personal e-mail address", "邮箱 zhang**san**@qq.com");
        found("a personal e-mail address", "邮箱 zhang<b>san</b>@<i>qq</i>.com");
    }

    @Test
    void entitiesAreDecodedAsABrowserDoes() {
        found("a mobile number", "电话" + entities(MOBILE, false));
        found("a mobile number", "电话" + entities(MOBILE, true));
        found("a mobile number", "电话&#49;&#x33;8&#0049;2345678");
        found("a mobile number", "电话&#49&#51&#56 12345678");
        found("a mobile number", "电话138&nbsp;1234&nbsp;5678");
        found("a mobile number", "电话138&mdash;1234&ndash;5678");
        found("a mobile number", "电话138&#65293;1234&hyphen;5678");
        found("a mobile number", "电话1381&#" + "0".repeat(300) + "50;345678");
        found("a personal e-mail address", "邮箱 zhangsan&commat;qq&period;com");
        found("a personal e-mail address", "邮箱 zhangsan&#64;qq.com");
        found("a personal e-mail address", "邮箱 " + entities("zhangsan@qq.com", true));
        found("a resident ID number", "身份证" + entities(ID, false));
    }

    @Test
    void spacesAroundTheAtSignAndSpelledOutMarksAreAnAddress() {
        found("a personal e-mail address", "邮箱 zhangsan @ qq.com");
        found("a personal e-mail address", "邮箱 zhangsan(at)qq.com");
        found("a personal e-mail address", "邮箱 zhangsan[at]163[dot]com");
        found("a personal e-mail address", "邮箱 zhangsan﹫qq.com");
    }

    // ------------------------------------------------------------------------------------------- file names and messages

    @Test
    void fileNamesAreScanned() {
        Diagnostics d = new Diagnostics();
        new PersonalDataGuard(List.of()).scanName("content/releases/" + ID + ".md", d);
        assertEquals(1, d.sorted().size());
        assertContains(d.sorted().get(0).message(), "in this file's name", d.sorted().toString());
        d = new Diagnostics();
        new PersonalDataGuard(List.of()).scanName("content/releases/2023-05-10-" + MOBILE + "-progress.md", d);
        assertEquals(1, d.sorted().size());
        d = new Diagnostics();
        new PersonalDataGuard(List.of()).scanName("content/releases/2023-05-10-jilin-progress.md", d);
        assertEquals(List.of(), d.sorted());
    }

    @Test
    void maskCoversTheNumberInEveryForm() {
        PersonalDataGuard guard = new PersonalDataGuard(List.of());
        for (String text : List.of("unknown field '" + fullWidth(MOBILE) + "'", "unknown field '138**1234**5678'",
                "unknown field '" + entities(MOBILE, false) + "'", "bad value 'QQ 12345678'",
                "file " + ID.substring(0, 6) + " " + ID.substring(6) + ".md")) {
            String masked = guard.mask(text);
            assertFalse(masked.equals(text), text);
            assertFalse(masked.replaceAll("[^0-9０-９]", "").length() >= 11, masked);
        }
    }

    @Test
    void theGuardsOwnMessagesPassItsMask() {
        String card = luhn("621700123456789012");
        String text = "银行卡号" + card + "，QQ：12345678，邮箱 zhang**san**@vip.qq.com，电话138 1234 5678，"
                + "身份证" + fullWidth(ID);
        List<Diagnostic> found = scan(text);
        assertEquals(5, found.size(), found::toString);
        PersonalDataGuard guard = new PersonalDataGuard(List.of());
        for (Diagnostic x : found) {
            assertEquals(x.message(), guard.mask(x.message()));
        }
    }

    // ------------------------------------------------------------------------------------------- allowlist

    @Test
    void theAllowlistMatchesInEveryFormToo() {
        String[] allowed = {"0431-8888 8888", "138 1234 5678", "JuBao@VIP.163.com", "QQ 12345678"};
        assertEquals(List.of(), scan("监督电话：" + fullWidth(MOBILE) + "，138-1234-5678，&#49;38 1234 5678，"
                + "邮箱 jubao@vip.163.com，ｊｕｂａｏ＠ｖｉｐ．１６３．ｃｏｍ，QQ：1234 5678", allowed));
        assertEquals(List.of(), scan("监督电话：" + fullWidth(MOBILE) + "，邮箱 jubao@vip.163.com，QQ：12345678",
                allowed));
        assertEquals(3, scan("监督电话：" + fullWidth(MOBILE) + "，邮箱 jubao@vip.163.com，QQ：12345678").size());
    }

    // ------------------------------------------------------------------------------------------- no false alarms

    @Test
    void datesAmountsStatisticsAndCaseNumbersAreNotPersonalData() {
        for (String text : List.of(
                "2023年5月10日至2023年6月30日，共受理群众信访举报1381件，办结1234件。",
                "2023-05-10 13:30—2023-06-30 17:30",
                "2023.05.10—2023.06.30", "投入资金13,812,345,678元", "总额 138123456789 元",
                "受理编号：D2JL202304210001", "受理编号：202304210001", "受理编号 2023 0421 0001 0023",
                "受理编号 X2JL 2023 0421 0001", "GB 3838-2002 Ⅲ类", "PM2.5 平均浓度 31 微克/立方米，同比下降 3.1%",
                "统一社会信用代码 91220101123456789X", "项目编号 JLHB-2023-0001-0002-0003",
                "固定电话 0431-88888888，传真 0431-8888 8889，+86 431 8888 8888",
                "1, 3, 8, 1, 2, 3, 4, 5, 6, 7, 8", "第1381234567页", "编号 " + PersonalDataGuardTest.withWrongCheckDigit("22010219900307123"),
                "编号 " + withCheckDigit("22010219901307123"), // no 13th month
                "公网安备 22010202000123号", "（2023）吉01民初1234号", "时间 9:00-17:00，13:30-17:30",
                "经度 125.3245，纬度 43.8868", "+1 381 234 5678", "+13812345678",
                "序号 1 2 3 4 5 6 7 8 9 10 11 12 13")) {
            clean(text);
        }
    }

    @Test
    void positionsPointAtTheOriginalText() {
        List<Diagnostic> found = scan("第一行\n电话：１３８&nbsp;1234**5678");
        assertEquals(new SourcePos("content/releases/a.md", 2, 4), found.get(0).pos());
        PersonalDataGuard guard = new PersonalDataGuard(List.of());
        assertEquals("电话：138****5678。", guard.mask("电话：１３８&nbsp;1234**5678。"));
        assertEquals("QQ：1****，完", guard.mask("QQ：1234 5678，完"));
    }

    // ------------------------------------------------------------------------------------------- red-team, round 2

    private static final String BEIJING_ID = "11010519491231002X";

    @Test
    void chineseNumeralsNextToDigitsDoNotMergeWithThem() {
        found("a mobile number", "张三13812345678");
        found("a mobile number", "13812345678一直无法接通");
        found("a mobile number", "零13812345678");
        found("a mobile number", "李四、王五13812345678");
        found("a mobile number", "张三 13812345678 三次来访");
        found("a resident ID number", "约谈王五" + BEIJING_ID);
        found("a resident ID number", "约谈王五" + BEIJING_ID + "三次");
        found("a mobile number", "一三八一二三四五六七八"); // a run of numerals alone is still a number
        found("a mobile number", "第三次：一三八一二三四五六七八");
        clean("第三批13个问题，一二三四项已整改。");
        clean("第一3812345678"); // 第一 does not lend its 一 to ten digits
        clean("1381234567八"); // nor 八 to the ten digits before it
        found("a mobile number", "举报人电话：138一二三四5678"); // numerals inside a number still count
    }

    @Test
    void anIdNumberAfterLettersIsStillAnId() {
        found("a resident ID number", "ID" + BEIJING_ID);
        found("a resident ID number", "No" + BEIJING_ID);
        found("a resident ID number", "身份证号codeX" + BEIJING_ID);
        found("a resident ID number", "id:" + BEIJING_ID);
        clean("受理编号D2JL202304210001");
        clean("流水号9" + BEIJING_ID); // another digit before: a longer number
        clean("流水号" + ID + "7"); // another digit after
    }

    @Test
    void aNumberWithOneDotIsADecimal() {
        clean("处罚金额 156789012.34 元");
        clean("| 1 | 178900123.45 |");
        clean("合计156789012.34");
        clean("投资 13800000000 元");
        clean("投资13800000000元");
        clean("投资 13800000000 万元，13900000000亿元");
        found("a mobile number", "138.1234.5678"); // two dots: groups
        found("a mobile number", "电话 138.1234.5678。");
        found("a mobile number", "比例 12.5，电话 13812345678");
        found("a mobile number", "电话 13812345678 元旦前回复"); // 元旦, a date: not an amount
    }

    @Test
    void percentEncodingsInAddressesAreDecoded() {
        found("a mobile number", "/search/?q=%31%33%38%31%32%33%34%35%36%37%38");
        found("a mobile number", "电话%2013812345678");
        found("a personal e-mail address", "[x](https://www.gov.cn/?to=zhangsan%40qq.com)");
        found("a personal e-mail address", "zhangsan%40qq%2Ecom");
        clean("完成率100%，增长12%以上，%zz %4 %");
        clean("https://www.gov.cn/%E5%85%AC%E5%BC%80/");
        List<Diagnostic> at = scan("abc %31%33%38%31%32%33%34%35%36%37%38 x");
        assertEquals(1, at.size());
        assertContains(at.get(0).toString(), ":1:5:", at.get(0).toString());
    }

    @Test
    void bracketsMayGroupTheDigitsButSlashesDoNot() {
        found("a mobile number", "电话(138)1234-5678");
        found("a mobile number", "电话（138）1234 5678");
        // a slash joins the parts of an address and a date, as a sitemap line does
        clean("<url><loc>https://a.gov.cn/releases/gen-1461/</loc><lastmod>2022-03-07</lastmod></url>");
        clean("releases/gen-1461/2022-03-07");
        found("a mobile number", "电话 (86)138 1234 5678");
        clean("2023/05/10，共(12)项，第1/2批");
        clean("完成率(%)：98.5/100");
    }

    @Test
    void financialNumeralsAreDigitsAmongThemselves() {
        found("a mobile number", "电话壹叁捌壹贰叁肆伍陆柒捌");
        found("a mobile number", "张叁13812345678");
        found("a mobile number", "壹13812345678");
        clean("罚款人民币壹拾贰万元整，叁件");
    }
}
