package org.disclose.render.view;

import org.disclose.config.SiteConfig;

/** What every page shows of the site: its name and the footer a government website must carry. */
public record SiteView(
        String title,
        String description,
        String language,
        boolean demo,
        String organiser,
        String operator,
        SiteConfig.Contact contact,
        String siteCode,
        String icp,
        String police) {

    public static SiteView of(SiteConfig c) {
        return new SiteView(c.title(), c.description(), c.language(), c.demo(), c.organiser(), c.operator(),
                c.contact(), c.siteCode(), c.icp(), c.police());
    }

    /** True when there is any contact detail to show. */
    public boolean hasContact() {
        return contact != null && (contact.address() != null || contact.phone() != null || contact.email() != null);
    }
}
