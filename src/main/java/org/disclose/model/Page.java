package org.disclose.model;

import java.io.Serializable;

/** A standing page such as 关于本站, 联系我们 or the accessibility statement. */
public record Page(String slug, String title, String summary, boolean draft, String bodyHtml,
        Where where, Photos photos) implements Serializable {

    /** Its page's site path, under which its own files are published. */
    public String path() {
        return slug + "/";
    }
}
