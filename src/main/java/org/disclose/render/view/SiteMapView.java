package org.disclose.render.view;

import java.util.List;

/**
 * The 网站地图 page: the navigation's columns in order, each with the lists under it (by year, status, region ...),
 * then the site's other pages.
 */
public record SiteMapView(String heading, List<Entry> columns, List<Entry> others) {

    /**
     * One column or page: {@code path} is a site path below {@code root} when {@code internal}, else an address that
     * leaves the site, shown as written.
     */
    public record Entry(String title, String path, boolean internal, List<PathLink> children) {

        public boolean hasChildren() {
            return !children.isEmpty();
        }
    }

    public boolean hasColumns() {
        return !columns.isEmpty();
    }

    public boolean hasOthers() {
        return !others.isEmpty();
    }
}
