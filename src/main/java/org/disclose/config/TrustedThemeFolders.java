package org.disclose.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disclose.text.Fields;
import org.disclose.diag.Diagnostics;
import org.disclose.files.RealPaths;

/**
 * {@code trustedThemeFolders} in site.yaml: the folders outside the site where a theme shared by several sites may
 * live. A theme folder under {@code themes/} that is a symbolic link is used only when it leads into one of them; no
 * other link may lead a build out of the site. Each entry is an absolute path to an existing folder, without
 * {@code ..} and not the root of the disk, and is kept as its real path.
 */
final class TrustedThemeFolders {

    static final String KEY = "trustedThemeFolders";

    private TrustedThemeFolders() {
    }

    static List<Path> read(Fields f, Diagnostics diagnostics) {
        List<Path> folders = new ArrayList<>();
        for (String entry : f.strings(KEY)) {
            folder(entry).ifPresentOrElse(folders::add, () -> diagnostics.error(f.posOf(KEY), "trusted theme folder '"
                    + entry + "' must be the absolute path of an existing folder without '..', other than the root "
                    + "of the disk, such as /srv/shared-themes: correct it or remove it"));
        }
        return List.copyOf(folders);
    }

    private static Optional<Path> folder(String entry) {
        try {
            Path p = Path.of(entry);
            boolean climbs = false;
            for (Path part : p) {
                climbs |= part.toString().equals("..");
            }
            if (!p.isAbsolute() || climbs || !Files.isDirectory(p)) {
                return Optional.empty();
            }
            // trusting the whole disk would trust nothing: a theme folder could then be any folder with assets/
            return RealPaths.of(p).filter(real -> real.getParent() != null);
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
