package org.disclose.privacy;

import org.disclose.privacy.FreeMail;
import java.util.Set;

/**
 * Free mail services: an address there belongs to a person, not to an office (offices write from their own domain,
 * such as sthjt.jl.gov.cn). A subdomain of one counts as it (vip.qq.com, vip.163.com, m.163.com), and the big
 * international services count under any country domain (hotmail.co.uk, yahoo.com.hk, yandex.ru, gmx.de).
 */
final class FreeMail {

    private static final Set<String> DOMAINS = Set.of(
            // China
            "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "188.com", "netease.com", "sina.com",
            "sina.cn", "sina.com.cn", "sohu.com", "sogou.com", "139.com", "189.cn", "wo.cn", "wo.com.cn", "21cn.com",
            "21cn.net", "tom.com", "2980.com", "aliyun.com", "263.net", "eyou.com", "people.cn", "china.com",
            "chinaren.com", "tianya.cn", "qianmail.com", "wxmail.cn", "xinhuanet.com",
            // elsewhere
            "gmail.com", "googlemail.com", "hotmail.com", "outlook.com", "live.com", "live.cn", "msn.com", "msn.cn",
            "passport.com", "yahoo.com", "yahoo.cn", "ymail.com", "rocketmail.com", "icloud.com", "me.com",
            "mac.com", "aol.com", "yandex.com", "yandex.ru", "ya.ru", "proton.me", "protonmail.com", "protonmail.ch",
            "pm.me", "tutanota.com", "tutanota.de", "tuta.io", "tuta.com", "mail.ru", "bk.ru", "inbox.ru",
            "list.ru", "gmx.com", "gmx.net", "web.de", "zoho.com", "zohomail.com", "hushmail.com", "fastmail.com",
            "mail.com", "inbox.com", "hey.com", "naver.com", "daum.net", "hanmail.net", "yahoo.co.jp");
    /** Services whose name is theirs under any country domain: the label before a short suffix. */
    private static final Set<String> BRANDS = Set.of("gmail", "googlemail", "hotmail", "outlook", "yahoo", "ymail",
            "yandex", "gmx", "protonmail", "proton", "tutanota", "icloud", "aol", "live", "msn");
    /** Second-level labels that make a domain an institution's, never a mail service's. */
    private static final Set<String> INSTITUTIONAL = Set.of("gov", "edu", "org", "mil", "ac", "int");

    private FreeMail() {
    }

    /** Whether {@code domain} (lower case, no trailing dot) is a free mail service or a subdomain of one. */
    static boolean is(String domain) {
        for (String d = domain; ; ) {
            if (DOMAINS.contains(d)) {
                return true;
            }
            int dot = d.indexOf('.');
            if (dot < 0) {
                break;
            }
            d = d.substring(dot + 1);
        }
        return isBrandAbroad(domain);
    }

    /** brand.cc, brand.com.cc, brand.co.cc (and subdomains of these): hotmail.co.uk, yahoo.com.hk, gmx.de. */
    private static boolean isBrandAbroad(String domain) {
        String[] labels = domain.split("\\.", -1); // a domain name: at most a few hundred characters
        int n = labels.length;
        for (int suffix = 1; suffix <= 2 && suffix < n; suffix++) {
            if (!BRANDS.contains(labels[n - suffix - 1])) {
                continue;
            }
            boolean shortSuffix = true;
            for (int k = n - suffix; k < n; k++) {
                shortSuffix &= labels[k].length() >= 2 && labels[k].length() <= 3
                        && !INSTITUTIONAL.contains(labels[k]);
            }
            if (shortSuffix) {
                return true;
            }
        }
        return false;
    }
}
