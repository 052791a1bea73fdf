package org.disclose.render.view;

/**
 * A photo as a page draws it: {@code src} and {@code srcset} relative to its owner's page, where its files are,
 * {@code width} and {@code height} its largest size (so the page keeps its place while it loads).
 *
 * @param pairLabel what it is in a pair (整改前, 整改后, from the theme's strings), or null
 * @param takenOn   when it was taken, in the theme's words, or null
 * @param lazy    whether the browser may wait until it is scrolled near (all but a lead image)
 */
public record PhotoView(String src, String srcset, String sizes, int width, int height, String alt, String caption,
                        String pairLabel, String takenOn, String takenOnIso, boolean lazy) {

    /** Whether its figure has a caption to show (a label, a date or a caption). */
    public boolean hasCaption() {
        return pairLabel != null || takenOn != null || caption != null;
    }
}
