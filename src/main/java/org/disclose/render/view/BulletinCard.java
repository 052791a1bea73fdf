package org.disclose.render.view;

/** A bulletin in the list: its title, kind (交办, 办理), batches, and publication day. */
public record BulletinCard(String title, String path, String kind, String batches, String date, String dateIso) {
}
