package org.disclose.render;

import java.util.List;
import org.disclose.config.SiteConfig;
import org.disclose.diag.Diagnostics;
import org.disclose.model.Content;
import org.disclose.model.ListColumn;

/**
 * A navigation entry or footer link that leads to a column with nothing in it ({@link ListColumn}) is an error at
 * the line of site.yaml that writes it, naming the empty column, rather than an empty page or a broken link.
 */
public final class EmptyColumns {

    private EmptyColumns() {
    }

    public static void check(SiteConfig config, Content content, Diagnostics diagnostics) {
        check(config.navigation(), "navigation entry", content, diagnostics);
        check(config.footerLinks(), "footer link", content, diagnostics);
    }

    private static void check(List<SiteConfig.NavItem> items, String what, Content content, Diagnostics diagnostics) {
        for (SiteConfig.NavItem item : items) {
            if (item.external()) {
                continue;
            }
            String path = item.path().replaceFirst("[?#].*", "");
            for (ListColumn column : ListColumn.values()) {
                String address = SiteAddresses.column(column);
                if ((path.equals(address) || (path + "/").equals(address)) && column.isEmpty(content)) {
                    diagnostics.error(item.source(), what + " '" + item.title() + "' leads to /" + address
                            + ", a column with nothing in it: the site lists no " + column.records() + " ("
                            + column.where() + "); add them, or remove the entry from site.yaml");
                }
            }
        }
    }
}
