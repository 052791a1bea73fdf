package org.disclose.render.view;

import java.util.List;

/** The home page: the current round's dashboard, the latest releases, and links to the standing pages. */
public record HomeView(RoundView round, List<ReleaseCard> latest, String allReleasesPath, List<PathLink> pages) {
}
