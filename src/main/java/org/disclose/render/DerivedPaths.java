package org.disclose.render;

import org.disclose.model.Indicator;

/**
 * Where the files the build derives from the content are published (open data, the search index). Pages link to
 * them and publish writes them, so their addresses are decided here, below both.
 */
public final class DerivedPaths {

    public static final String DATA = "data/";
    public static final String COMPLAINTS_CSV = DATA + "complaints.csv";
    public static final String PACKAGE = DATA + "datapackage.json";
    public static final String SEARCH = "search/";

    private DerivedPaths() {
    }

    public static String indicatorCsv(Indicator i) {
        return DATA + "indicators/" + i.id() + ".csv";
    }
}
