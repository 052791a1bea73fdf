package org.disclose.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.disclose.diag.Diagnostics;
import org.disclose.privacy.PersonalDataGuard;
import org.disclose.publish.Output;
import org.disclose.publish.SearchIndex;
import org.disclose.render.SearchDoc;

/**
 * The search index, made when the output asks for it ({@link Output#writeLater}): at once for a site, after the
 * pages are shown for a preview, where it takes longer than all the rest of a save. It is scanned for personal data
 * as it is made, like every other data file, and nothing links into it. What the scan finds is reported to the build,
 * which fails on it when the index is made before its commit; and the index is {@link Output.Withheld withheld}, so
 * that a preview, which makes it after, neither writes it nor loses the findings.
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
        Diagnostics found = new Diagnostics();
        found.redactWith(guard::mask);
        DerivedScan.data(guard, files, found);
        diagnostics.addAll(found);
        if (found.hasErrors()) {
            throw new Output.Withheld("the search index", found.sorted());
        }
        made = Set.copyOf(files.keySet());
        return files;
    }

    /** The files made so far: none until the output asked for them. */
    Set<String> made() {
        return made;
    }
}
