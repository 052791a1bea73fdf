package org.disclose.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.disclose.content.table.TableReader;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.ComplaintBatch;

/**
 * What the complaint tables of one site may hold together, besides each table's own limits ({@link TableReader}):
 * every case is a page, and the text of every case stays in memory for the whole build. With these limits the
 * largest site builds within the launcher's heap (measured in docs/content.md, section 14.4).
 */
final class SiteComplaintLimits {

    /** Cases all tables of a site may have together. */
    static final int MAX_CASES = 100_000;
    /** Bytes all tables of a site may have together on disk. */
    static final long MAX_BYTES = 128L * 1024 * 1024;

    private SiteComplaintLimits() {
    }

    /**
     * Whether the complaint tables together are small enough to read ({@link #MAX_BYTES}): asked
     * before any is read, since reading them all is what would not fit.
     */
    static boolean tablesFit(ContentFiles files, Diagnostics diagnostics) {
        long total = 0;
        for (Path f : files.list("complaints", new Diagnostics(), ".csv", ".xlsx")) {
            try {
                long size = Files.size(f);
                if (size > TableReader.MAX_FILE_BYTES) {
                    continue; // refused on its own when it is read
                }
                total += size;
            } catch (IOException e) {
                continue; // reported when it is read
            }
            if (total > MAX_BYTES) {
                diagnostics.error(SourcePos.file(files.shown(f)), String.format(Locale.ROOT, "with this file the "
                        + "complaint tables have more than the %d MiB a site may have in all: publish the older "
                        + "rounds' cases on a site of their own, or shorten the longest texts",
                        MAX_BYTES >> 20));
                return false;
            }
        }
        return true;
    }

    /** Reports the first case beyond {@link #MAX_CASES}, in the order of rounds and batches. */
    static void casesFit(List<ComplaintBatch> complaints, Diagnostics diagnostics) {
        int before = 0;
        for (ComplaintBatch b : complaints) {
            if (before + b.cases().size() > MAX_CASES) {
                int index = MAX_CASES - before;
                diagnostics.error(b.cases().get(index).where().origin(), String.format(Locale.ROOT, "this case is "
                        + "one more than the %,d the complaint tables of a site may have in all (each case is a page): "
                        + "publish the older rounds' cases on a site of their own", MAX_CASES));
                return;
            }
            before += b.cases().size();
        }
    }
}
