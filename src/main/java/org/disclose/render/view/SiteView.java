package org.disclose.render.view;

import org.disclose.config.SiteConfig;
import org.disclose.model.OfficialWidgets;
import org.disclose.model.PoliceRecord;

/**
 * What every page shows of the site: its name and the footer a government website must carry. {@code policeRecord}
 * is the national record page of the 公安机关备案号 (null when the number has no digits); {@code conacScript} and
 * {@code jiucuoScript} are the official widgets' scripts, each null while its setting is off.
 */
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
        String police,
        String policeRecord,
        String conacScript,
        String conacAnchor,
        String jiucuoScript,
        String jiucuoId) {

    public static SiteView of(SiteConfig c) {
        return new SiteView(c.title(), c.description(), c.language(), c.demo(), c.organiser(), c.operator(),
                c.contact(), c.siteCode(), c.icp(), c.police(), PoliceRecord.recordPage(c.police()),
                c.conac() == null ? null : OfficialWidgets.conacScript(c.conac()), OfficialWidgets.CONAC_ANCHOR,
                c.jiucuo() ? OfficialWidgets.JIUCUO_SCRIPT : null, OfficialWidgets.JIUCUO_ID);
    }

    /** True when there is any contact detail to show. */
    public boolean hasContact() {
        return contact != null && (contact.address() != null || contact.phone() != null || contact.email() != null);
    }

    /** True when either official widget is on: the footer then has a place for them. */
    public boolean hasWidgets() {
        return conacScript != null || jiucuoScript != null;
    }
}
