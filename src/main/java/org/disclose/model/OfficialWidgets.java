package org.disclose.model;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The two pieces of furniture a Chinese government website loads from official hosts (国办发〔2017〕47号 and the
 * State Council office's 政府网站与政务新媒体检查指标): the 党政机关网站标识 (开办者标识) from {@code dcs.conac.cn}, and the
 * 我为政府网站找错 entry from {@code zfwzgl.www.gov.cn}. Their addresses are made here and only here, so that the pages,
 * the link check's one exception to "nothing loads from another server" and the documented Content-Security-Policy
 * (deploy/csp-widgets.conf) agree. The forms follow the known official embeds; they could not be verified offline
 * (docs/publishing.md).
 */
public final class OfficialWidgets {

    /** The host of the 党政机关网站标识 scripts. */
    public static final String CONAC_ORIGIN = "https://dcs.conac.cn";
    /** The host of the 我为政府网站找错 script and page. */
    public static final String JIUCUO_ORIGIN = "https://zfwzgl.www.gov.cn";
    public static final String JIUCUO_SCRIPT = JIUCUO_ORIGIN + "/exposure/jiucuo.js";
    /** The id the 开办者标识 script looks for, where it puts the mark. */
    public static final String CONAC_ANCHOR = "_ideConac";
    /** The id the 找错 script is known by, with the site code in its {@code sitecode} attribute. */
    public static final String JIUCUO_ID = "_jiucuo_";

    /** The 21 digits of a 开办者标识 script name ({@code CA123456789012345678901.js}). */
    private static final int CONAC_DIGITS = 21;

    private OfficialWidgets() {
    }

    /**
     * Why a written 开办者标识 code is refused, or null: it is the 21 digits of the script's name, with or without the
     * {@code CA} in front.
     */
    public static String conacCodeProblem(String written) {
        String digits = conacDigits(written);
        if (digits.length() != CONAC_DIGITS || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "is not the 21 digits of the 开办者标识 script's name (CA followed by 21 digits, as in "
                    + "CA123456789012345678901.js): copy it from the code the 党政机关网站标识 registration gives";
        }
        return null;
    }

    /**
     * The script of the 开办者标识 with the given code, on the official pattern
     * {@code https://dcs.conac.cn/js/AA/BBB/CCCC/DDDDDDDD/CA<code>.js}, where AA, BBB, CCCC and DDDDDDDD are the
     * first 2, next 3, next 4 and next 8 digits of the code. The code must have passed {@link #conacCodeProblem}.
     */
    public static String conacScript(String code) {
        String d = conacDigits(code);
        return CONAC_ORIGIN + "/js/" + d.substring(0, 2) + "/" + d.substring(2, 5) + "/" + d.substring(5, 9) + "/"
                + d.substring(9, 17) + "/CA" + d + ".js";
    }

    /** The 找错 page for one page of the site: where a visitor reports an error on {@code pageUrl} (absolute). */
    public static String jiucuoPage(String siteCode, String pageUrl) {
        return JIUCUO_ORIGIN + "/exposure/jiucuo.html?site_code=" + URLEncoder.encode(siteCode, StandardCharsets.UTF_8)
                + "&url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8);
    }

    /** The scripts a site with these settings loads from another server: the only ones any page may load. */
    public static List<String> scripts(String conacCode, boolean jiucuo) {
        List<String> scripts = new java.util.ArrayList<>(2);
        if (conacCode != null) {
            scripts.add(conacScript(conacCode));
        }
        if (jiucuo) {
            scripts.add(JIUCUO_SCRIPT);
        }
        return List.copyOf(scripts);
    }

    private static String conacDigits(String written) {
        String s = written.strip();
        return s.startsWith("CA") || s.startsWith("ca") ? s.substring(2) : s;
    }
}
