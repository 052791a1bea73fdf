package org.disclose.render.view;

import java.util.List;

/** The home page: the latest releases and links to the standing pages. */
public record HomeView(List<ReleaseCard> latest, String allReleasesPath, List<PathLink> pages) {
}
