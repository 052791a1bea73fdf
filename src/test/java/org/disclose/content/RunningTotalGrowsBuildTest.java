package org.disclose.content;

import static org.disclose.content.BulletinSites.build;
import static org.disclose.content.BulletinSites.plant;
import static org.disclose.content.BulletinSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 办理 bulletin for batches 1–13 published when 22 batches had been assigned states both: the assigned through 22
 * cannot be below the 481 of batches 1–13, though the batches between are not given.
 */
class RunningTotalGrowsBuildTest {

    private static final String BANLI = "content/bulletins/banli-1-13.md";
    private static final String ASSIGNED = "  - {key: complaintsAssigned, value: 481, label: 交办}\n";

    private List<String> withThrough22(String value) {
        return build(plant(site(dir, "banli"), BANLI, ASSIGNED, ASSIGNED
                + "  - {key: complaintsAssigned, value: " + value + ", label: 累计交办, scope: {through: 22}}\n"));
    }

    @TempDir
    Path dir;

    @Test
    void aLaterRunningTotalAboveTheEarlierOneStands() {
        assertEquals(List.of(), withThrough22("812"));
    }

    @Test
    void aLaterRunningTotalBelowTheEarlierOneIsAnErrorThere() {
        assertEquals(List.of(BANLI + ":9:38: error: 累计交办 400件 (第1至22批) is less than 交办 481件 (第1至13批), a "
                + "running total through an earlier batch: a running total never falls"), withThrough22("400"));
    }
}
