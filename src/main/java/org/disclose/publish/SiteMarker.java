package org.disclose.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file that marks a folder as a site Disclose built ({@value #MARKER}), so that a folder of other files is never
 * replaced by mistake, and that records what the build was made from, so that the next one knows when nothing
 * changed and which pages it may keep. Whatever writes a site writes it, however it writes the rest.
 */
public final class SiteMarker {

    public static final String MARKER = ".disclose-site";

    private SiteMarker() {
    }

    /** Whether {@code folder} holds a marker: a site Disclose built. */
    public static boolean present(Path folder) {
        return Files.exists(folder.resolve(MARKER));
    }

    /** What the site in {@code folder} was made from, as its marker says, or empty. */
    public static String read(Path folder) {
        try {
            return Files.readString(folder.resolve(MARKER));
        } catch (IOException e) {
            return "";
        }
    }

    /** Marks {@code folder} as a site made from {@code record}. */
    public static void write(Path folder, String record) throws IOException {
        Files.writeString(folder.resolve(MARKER), "Built by Disclose. This folder is replaced on every build.\n"
                + record + "\n");
    }
}
