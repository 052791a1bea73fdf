package org.disclose.privacy;

import org.disclose.privacy.Finding;
/**
 * One piece of personal data in a text: the original characters {@code start} to {@code end} (markup and
 * separators inside included), shown in messages as {@code masked}. {@code value} is its canonical form (digits, the
 * ID's X upper case, an address in lower case), which is what the allowlist is compared with.
 */
record Finding(Kind kind, int start, int end, String masked, String value) {

    /** What the guard reports, and how its message says what to do about it. In the order of precedence. */
    enum Kind {
        ID("a resident ID number", "remove it or replace it with a description such as 当事人"),
        MOBILE("a mobile number", "remove it, or if it is an official hotline add it to publicContacts in "
                + "content/site.yaml"),
        CARD("a bank card or account number", "remove it or replace it with a description such as 申请人账户, or if "
                + "it is an office's own account add it to publicContacts in content/site.yaml"),
        QQ("a QQ number", "remove it, or if it is an official account add it to publicContacts in content/site.yaml"),
        EMAIL("a personal e-mail address", "remove it, or if it is an official address add it to publicContacts "
                + "in content/site.yaml");

        private final String what;
        private final String remedy;

        Kind(String what, String remedy) {
            this.what = what;
            this.remedy = remedy;
        }

        String what() {
            return what;
        }

        String message(String masked) {
            return what + " (" + masked + ") must not be published: " + remedy;
        }
    }

    Finding at(int newStart, int newEnd) {
        return new Finding(kind, newStart, newEnd, masked, value);
    }
}
