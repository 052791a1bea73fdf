package org.disclose.render;

/** Kept only for {@code publish.SearchIndex}, which still names the search folder so; {@link SiteAddresses} owns it. */
public final class DerivedPaths {

    public static final String SEARCH = SiteAddresses.SEARCH;

    private DerivedPaths() {
    }
}
