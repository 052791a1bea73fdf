package org.disclose.model;

/**
 * 整改时限: a date, or a standing commitment such as 长期坚持 or 立行立改 with no date.
 */
public record Deadline(ContentDate date, String text) {

    public static Deadline on(ContentDate date) {
        return new Deadline(date, null);
    }

    public static Deadline standing(String text) {
        return new Deadline(null, text);
    }

    public String display() {
        return date != null ? date.display() : text;
    }
}
