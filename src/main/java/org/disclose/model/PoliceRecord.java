package org.disclose.model;

/**
 * The 公安机关备案号 of a site ({@code 吉公网安备 22010202000123号}) and its record on the national public-security
 * registration site, which the footer links to, as the registration requires.
 */
public final class PoliceRecord {

    private static final String RECORD_PAGE = "https://www.beian.gov.cn/portal/registerSystemInfo?recordcode=";

    private PoliceRecord() {
    }

    /** The record page of the number: its digits, in order, as the record code; null when it has no digit. */
    public static String recordPage(String number) {
        if (number == null) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        number.codePoints().forEach(c -> {
            if (c >= '0' && c <= '9') {
                digits.append((char) c);
            } else if (c >= '０' && c <= '９') {
                digits.append((char) ('0' + (c - '０')));
            }
        });
        return digits.isEmpty() ? null : RECORD_PAGE + digits;
    }
}
