package org.disclose.render.view;

import java.util.List;

/** /bulletins/: every bulletin, newest first. */
public record BulletinListView(String heading, List<BulletinCard> items) {
}
