package org.disclose.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.disclose.model.Photo;
import org.disclose.model.PhotoSizes;

/**
 * An image of a body that is one of its owner's photos, drawn with every width it is published in ({@code srcset},
 * {@code sizes}), its size ({@code width}, {@code height}: nothing moves while it loads) and lazily, since a body
 * starts below the title and the lead image.
 */
final class SizedImage extends CustomNode {

    private final Photo photo;
    private final String alt;

    SizedImage(Photo photo, String alt) {
        this.photo = photo;
        this.alt = alt;
    }

    /** The attributes of the {@code <img>} of {@code photo}, its files relative to the body's page. */
    private static Map<String, String> attributes(Photo photo, String alt, PhotoSizes sizes) {
        String prefix = "";
        Map<String, String> a = new LinkedHashMap<>();
        Photo.Variant largest = photo.largest(sizes);
        a.put("src", prefix + largest.file());
        a.put("srcset", photo.srcset(sizes, prefix));
        a.put("sizes", sizes.sizes());
        a.put("width", Integer.toString(largest.width()));
        a.put("height", Integer.toString(largest.height()));
        a.put("alt", alt);
        a.put("loading", "lazy");
        a.put("decoding", "async");
        return a;
    }

    /** Draws {@link SizedImage}s; one per render, as commonmark-java makes them. */
    static final class Renderer implements NodeRenderer {
        private final HtmlWriter html;
        private final PhotoSizes sizes;

        Renderer(HtmlNodeRendererContext context, PhotoSizes sizes) {
            this.html = context.getWriter();
            this.sizes = sizes;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(SizedImage.class);
        }

        @Override
        public void render(Node node) {
            SizedImage image = (SizedImage) node;
            html.tag("img", attributes(image.photo, image.alt, sizes), true);
        }
    }
}
