package org.disclose.model;

import java.util.List;

/** Everything read from {@code content/}, checked or not yet checked. Lists are in a stable order. */
public record Content(List<Release> releases, List<Page> pages) {
}
