package org.disclose.privacy;

import static org.disclose.Contains.assertContains;
import static org.disclose.privacy.GuardScans.clean;
import static org.disclose.privacy.GuardScans.found;
import static org.disclose.privacy.GuardScans.fullWidth;
import static org.disclose.privacy.GuardScans.luhn;
import static org.disclose.privacy.GuardScans.scan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.disclose.diag.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * The kinds of personal data that depend on what stands beside the number or address: personal e-mail at any free
 * mail service and its subdomains (and not an office's), QQ numbers after the word QQ, bank card numbers near a card
 * word and passing the Luhn check.
 */
class PersonalDataKindsTest {

    // ------------------------------------------------------------------------------------------- free mail

    @Test
    void everyFreeMailServiceAndItsSubdomainsArePersonal() {
        for (String domain : List.of("vip.qq.com", "vip.163.com", "sina.com.cn", "188.com", "21cn.com", "tom.com",
                "2980.com", "yandex.ru", "yandex.com", "proton.me", "protonmail.com", "hotmail.co.uk",
                "yahoo.com.hk", "gmx.de", "mail.ru", "aliyun.com", "foxmail.com", "m.163.com", "VIP.SINA.COM",
                "outlook.jp", "googlemail.com", "icloud.com", "wo.cn", "139.com")) {
            found("a personal e-mail address", "举报人邮箱 wang.wu_2023@" + domain + "，已回复。");
        }
    }

    @Test
    void officeAddressesPass() {
        for (String address : List.of("jubao@sthjt.jl.gov.cn", "xinxi@mee.gov.cn", "office@example.org",
                "a@qq.com.example.org", "news@live.gov.cn", "bgs@outlook.jl.gov.cn", "x@qqq.com", "y@163.com.cn.gov")) {
            clean("监督邮箱：" + address + "。");
        }
    }

    // ------------------------------------------------------------------------------------------- QQ

    @Test
    void qqNumbersNextToTheWordAreFound() {
        for (String text : List.of("QQ：12345", "qq号 123456789", "QQ号码是 1234567890", "联系QQ:98765432。",
                "ＱＱ：１２３４５６７８", "QQ 1234 5678", "微信/QQ同号：123456789", "qq=10001")) {
            found("a QQ number", text);
        }
        assertContains(scan("QQ：12345678").get(0).message(), "(1****)");
    }

    @Test
    void numbersNotAfterTheWordQqAreNotQqNumbers() {
        clean("QQ群：12345678"); // a group, which an office may run
        clean("QQ：1234"); // too short
        clean("QQ：123456789012"); // too long
        clean("FAQQ 12345678"); // part of a word
        clean("共处理12345678件");
        clean("QQ音乐会员 2023年");
        found("a personal e-mail address", "QQ：12345678@qq.com");
    }

    // ------------------------------------------------------------------------------------------- cards

    @Test
    void cardNumbersNextToACardWordAreFound() {
        String card = luhn("621700123456789012"); // 19 digits
        String card16 = luhn("622202123456789");
        assertTrue(card.length() == 19 && card16.length() == 16);
        for (String text : List.of("银行卡号：" + card, "退款至其银行卡" + card16 + "。", "开户行：农业银行，账号 "
                + group(card), "帐号：" + group(card16), "收款账户" + card16, "card no. " + card16,
                "卡号：" + fullWidth(card16))) {
            found("a bank card or account number", text);
        }
        List<Diagnostic> d = scan("银行卡号：" + card);
        assertContains(d.get(0).message(), "(" + card.substring(0, 4) + "****" + card.substring(15) + ")",
                d.toString());
    }

    private static String group(String digits) {
        return String.join(" ", digits.split("(?<=\\G.{4})"));
    }

    @Test
    void longNumbersWithoutACardWordAreNotCards() {
        String card = luhn("621700123456789012");
        clean("受理编号：" + card + "。");
        clean("受理编号 " + group(card) + "，已办结。");
        clean("编号" + luhn("202304210001000") + "，属实。");
        String notLuhn = card.substring(0, 18) + (char) ('0' + (card.charAt(18) - '0' + 1) % 10);
        clean("银行卡号：" + notLuhn);
        clean("银行卡号：D2JL" + card);
    }


    @Test
    void theQqWordMustStandRightBeforeTheNumber() {
        clean("通过电话、QQ、微信受理 12345 件。");
        clean("QQ群、QQ号等渠道 56789 件");
        clean("QQ号等 123456 件");
        found("a QQ number", "Q Q：12345678");
        found("a QQ number", "扣扣：12345678");
        found("a QQ number", "扣扣号是 12345678");
        found("a QQ number", "QQ为12345678");
        found("a QQ number", "qq号码：12345678");
    }

    @Test
    void anIdeographicFullStopIsADotOfADomain() {
        found("a personal e-mail address", "zhangsan@qq。com");
        found("a personal e-mail address", "zhangsan@qq．com");
        found("a personal e-mail address", "请发送至zhangsan@vip。163。com。");
        clean("请联系gov@mee。gov。cn。");
        clean("发至a@qq。谢谢");
    }
}
