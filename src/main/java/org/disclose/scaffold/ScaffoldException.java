package org.disclose.scaffold;

/** Why new content or a new site could not be created, in words for the author; nothing was written. */
public final class ScaffoldException extends Exception {

    private static final long serialVersionUID = 1L;

    public ScaffoldException(String message) {
        super(message);
    }
}
