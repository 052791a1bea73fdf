package org.disclose.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.disclose.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A bulletin is news while the inspectors are in the province: the Atom feed carries it, newest first. */
class BulletinFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path dir;

    @Test
    void theFeedCarriesEachBulletinWithItsDayAndAddress() throws Exception {
        TestSite site = BulletinSites.site(dir, "jiaoban");
        assertEquals(List.of(), BulletinSites.build(site));
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element feed = f.newDocumentBuilder().parse(site.output().resolve("feed.xml").toFile()).getDocumentElement();
        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            seen.add(text(e, "title") + " | " + text(e, "published") + " | "
                    + ((Element) e.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
        }
        assertEquals(List.of(
                "中央第三生态环境保护督察组交办第12批信访件 | 2023-11-21T00:00:00+08:00 | "
                        + "https://test.example.gov.cn/bulletins/jiaoban-12/",
                "中央第三生态环境保护督察组交办第11批信访件 | 2023-11-20T00:00:00+08:00 | "
                        + "https://test.example.gov.cn/bulletins/jiaoban-11/"), seen);
        assertEquals("2023-11-21T00:00:00+08:00", text(feed, "updated"));
    }

    private static String text(Element e, String name) {
        return e.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }
}
