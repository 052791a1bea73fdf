package org.disclose.content;

import static org.disclose.content.BulletinSites.build;
import static org.disclose.content.BulletinSites.plant;
import static org.disclose.content.BulletinSites.site;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.disclose.Html;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A closure notice (销号公示) published as a release with figures: 58 parks = 12 national + 46 provincial. */
class ClosureNoticeBuildTest {

    private static final String NOTICE = "content/releases/2024-03-01-parks-closure.md";

    @TempDir
    Path dir;

    private List<String> planted(String text, String wrong) {
        return build(plant(site(dir, "closure-notice"), NOTICE, text, wrong));
    }

    @Test
    void buildsCleanAndTheReleasePageShowsItsFigures() {
        TestSite site = site(dir, "closure-notice");
        assertEquals(List.of(), build(site));
        Html page = Html.of(site.read("releases/2024-03-01-parks-closure/index.html"));
        assertEquals(List.of("化工园区", "国家级", "省级", "完成整改"), page.texts("table.declared-figures tbody th"));
        assertEquals(List.of("58个", "12个", "46个", "58个"), page.texts("table.declared-figures tbody td.num"));
        assertEquals(List.of("2024-03-01"), page.attrs("table.declared-figures tbody time", "datetime").stream()
                .distinct().toList());
    }

    @Test
    void theParksAreNationalAndProvincial() {
        assertEquals(List.of(NOTICE + ":8:25: error: 化工园区 58个 does not agree with its parts: 国家级 12个 + 省级 45个 "
                + "= 57个"), planted("value: 46,", "value: 45,"));
    }

    @Test
    void theParksDoneAreSomeOfTheParks() {
        assertEquals(List.of(NOTICE + ":11:30: error: 完成整改 59个 is more than 化工园区 58个, which includes it"),
                planted("value: 58, unit: 个, label: 完成整改", "value: 59, unit: 个, label: 完成整改"));
    }

    @Test
    void aRelationToAKeyTheListDoesNotDeclareIsLocated() {
        assertEquals(List.of(NOTICE + ":11:66: error: the relation names 'park', which no figure of this list declares: "
                + "relations are between figures of one list; declared keys are parks, parks-national, "
                + "parks-provincial, parks-done"), planted("subsetOf: parks}", "subsetOf: park}"));
    }
}
