package org.disclose.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disclose.diag.Diagnostics;
import org.disclose.diag.SourcePos;
import org.disclose.model.ContentDate;
import org.disclose.model.PublicationRecord;
import org.disclose.text.Fields;

/**
 * {@code content/published.yaml}, the publication record: a list of {@code {path, published, indexNumber}}, one
 * entry per published page, read through the same rules as every content file. A path or 索引号 recorded twice is an
 * error at the second.
 */
public final class PublicationRecordReader {

    public static final String FILE = "published.yaml";

    private PublicationRecordReader() {
    }

    public static PublicationRecord read(ContentFiles files, Diagnostics diagnostics) {
        List<PublicationRecord.Entry> entries = new ArrayList<>();
        Map<String, SourcePos> paths = new HashMap<>();
        Map<String, SourcePos> numbers = new HashMap<>();
        for (Fields f : DataFile.records(files, files.file(FILE), "the publication record entry", diagnostics)) {
            String path = f.requireString("path");
            ContentDate published = f.date("published", true);
            String number = f.string("indexNumber");
            f.reportUnknown();
            if (path == null || published == null) {
                continue;
            }
            if (path.startsWith("/") || !path.endsWith("/") || path.contains("//")) {
                f.diagnostics().error(f.posOf("path"), "'path' must be a page's site path such as "
                        + "releases/2023-05-10-progress/, not '" + path + "'");
                continue;
            }
            SourcePos earlier = paths.putIfAbsent(path, f.posOf("path"));
            if (earlier != null) {
                f.diagnostics().error(f.posOf("path"), path + " is recorded twice (first at line " + earlier.line()
                        + "): a page has one entry");
                continue;
            }
            if (number != null) {
                SourcePos first = numbers.putIfAbsent(number, f.posOf("indexNumber"));
                if (first != null) {
                    f.diagnostics().error(f.posOf("indexNumber"), "索引号 " + number + " is recorded twice (first at "
                            + "line " + first.line() + "): an index number is never given to two pages");
                    continue;
                }
            }
            entries.add(new PublicationRecord.Entry(path, published, number, f.posOf("path")));
        }
        return new PublicationRecord(entries);
    }
}
