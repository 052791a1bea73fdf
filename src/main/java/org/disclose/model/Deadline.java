package org.disclose.model;

import java.io.Serializable;
/**
 * 整改时限: a date, or a standing commitment such as 长期坚持 or 立行立改 with no date.
 */
public record Deadline(ContentDate date, String text) implements Serializable {

    public static Deadline on(ContentDate date) {
        return new Deadline(date, null);
    }

    public static Deadline standing(String text) {
        return new Deadline(null, text);
    }

    /**
     * Whether {@code day} is past this deadline. A deadline is a whole day: anything on that day is on time. A
     * standing commitment is never missed.
     */
    public boolean missedBy(ContentDate day) {
        return date != null && day != null && day.day().isAfter(date.day());
    }

    public String display() {
        return date != null ? date.display() : text;
    }
}
