package org.disclose.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.disclose.diag.Diagnostics;
import org.disclose.privacy.PersonalDataGuard;
import org.disclose.publish.SearchIndex;
import org.disclose.render.SearchDoc;

/**
 * The search index, made when the output asks for it ({@link org.disclose.publish.Output#writeLater}): at once for a
 * site, after the pages are shown for a preview, where it takes longer than all the rest of a save. It is scanned
 * for personal data as it is made, like every other data file, and nothing links into it.
 */
final class SearchFiles implements Supplier<Map<String, byte[]>> {

    private final List<SearchDoc> docs;
    private final PersonalDataGuard guard;
    private final Diagnostics diagnostics;
    private volatile Set<String> made = Set.of();

    SearchFiles(List<SearchDoc> docs, PersonalDataGuard guard, Diagnostics diagnostics) {
        this.docs = docs;
        this.guard = guard;
        this.diagnostics = diagnostics;
    }

    @Override
    public Map<String, byte[]> get() {
        Map<String, byte[]> files = SearchIndex.files(docs);
        DerivedScan.data(guard, files, diagnostics);
        made = Set.copyOf(files.keySet());
        return files;
    }

    /** The files made so far: none until the output asked for them. */
    Set<String> made() {
        return made;
    }
}
