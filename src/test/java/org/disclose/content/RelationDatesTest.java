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
 * A relation the author declares between figures stated at two dates would be skipped without a word; it is an error
 * at the figure that declares it. Figures that only a standard relation links may stand at different dates.
 */
class RelationDatesTest {

    private static final String CASE = "content/cases/fund-slow-payout.md";

    @TempDir
    Path dir;

    @Test
    void aRateWhoseAsOfIsLeftOffIsAnErrorNotASilentSkip() {
        assertEquals(List.of(CASE + ":12:29: error: 拨付进度 3.0% is declared to relate to 已拨付 120万元 (2023-05), "
                + "专项整改资金 4000万元 (2023-05), but stands at 2023-06-15: a relation holds between figures of one "
                + "date; give them the same asOf"), build(plant(site(dir, "typical-case"), CASE,
                "{key: paid-rate, value: 3.0%, label: 拨付进度, asOf: 2023-05,",
                "{key: paid-rate, value: 3.0%, label: 拨付进度,")));
    }

    @Test
    void aPartAtAnotherDateIsAnErrorAtTheTotal() {
        assertEquals(List.of("content/releases/2024-03-01-parks-closure.md:8:25: error: 化工园区 58个 is declared to "
                + "relate to 省级 46个 (2024-02), but stands at 2024-03-01: a relation holds between figures of one "
                + "date; give them the same asOf"),
                build(plant(site(dir, "closure-notice"), "content/releases/2024-03-01-parks-closure.md",
                        "{key: parks-provincial, value: 46,", "{key: parks-provincial, value: 46, asOf: 2024-02,")));
    }
}
