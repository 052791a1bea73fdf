package org.disclose.text;

import org.disclose.text.Addresses;
import org.disclose.text.Fields;
import org.disclose.model.PublishedUrl;

/**
 * Reads the fields whose values the site publishes as addresses (a link's url, an e-mail that becomes a mailto:
 * link), each judged by {@link PublishedUrl} and reported where it was written when refused.
 */
public final class Addresses {

    private Addresses() {
    }

    /** The address in {@code key}, or null when it is absent or, after an error at it, refused. */
    public static PublishedUrl url(Fields f, String key, boolean required) {
        String written = required ? f.requireString(key) : f.string(key);
        if (written == null) {
            return null;
        }
        PublishedUrl url = PublishedUrl.judge(written);
        if (!url.allowed()) {
            f.diagnostics().error(f.posOf(key), key + " '" + PublishedUrl.shown(written) + "' is not allowed: it "
                    + url.refusal());
            return null;
        }
        return url;
    }

    /** The e-mail address in {@code key}, published as a mailto: link: null when absent or, after an error, refused. */
    public static String email(Fields f, String key) {
        String email = f.string(key);
        if (email == null) {
            return null;
        }
        PublishedUrl url = PublishedUrl.judge("mailto:" + email);
        if (!url.allowed()) {
            f.diagnostics().error(f.posOf(key), key + " '" + PublishedUrl.shown(email) + "' cannot be published as a "
                    + "mailto: address: it " + url.refusal());
            return null;
        }
        return email;
    }
}
