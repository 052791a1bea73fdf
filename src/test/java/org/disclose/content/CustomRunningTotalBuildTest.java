package org.disclose.content;

import static org.disclose.content.BulletinSites.build;
import static org.disclose.content.BulletinSites.plant;
import static org.disclose.content.BulletinSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code runningTotal: true} on a custom key: 累计来电 through batch 12 = through batch 11 + 来电 of batch 12, across
 * the two 交办 bulletins of the example.
 */
class CustomRunningTotalBuildTest {

    private static final String J11 = "content/bulletins/jiaoban-11.md";
    private static final String J12 = "content/bulletins/jiaoban-12.md";

    @TempDir
    Path dir;

    private TestSite withRunningCalls(String through12) {
        TestSite site = plant(site(dir, "jiaoban"), J11, "  - {key: complaintsKey, value: 2, label: 重点}\n",
                "  - {key: complaintsKey, value: 2, label: 重点}\n  - {key: by-phone, value: 300, unit: 件, label: 累计来电, "
                        + "scope: {through: 11}, runningTotal: true}\n");
        return plant(site, J12, "  - {key: complaintsKey, value: 3, label: 重点}\n",
                "  - {key: complaintsKey, value: 3, label: 重点}\n  - {key: by-phone, value: " + through12
                        + ", unit: 件, label: 累计来电, scope: {through: 12}}\n");
    }

    @Test
    void aRunningTotalThatAddsUpBuildsClean() {
        assertEquals(List.of(), build(withRunningCalls("330")));
    }

    @Test
    void aRunningTotalThatDoesNotAddUpIsReportedAtTheLaterOne() {
        assertEquals(List.of(J12 + ":17:28: error: 累计来电 331件 (第1至12批) does not agree with the running total before "
                + "this batch and the batch: 累计来电 300件 (第1至11批) + 来电 30件 (第12批) = 330件 (see " + J11
                + ":10:28)"), build(withRunningCalls("331")));
    }
}
