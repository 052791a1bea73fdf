package org.disclose.publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.disclose.render.SiteAddresses;
import org.disclose.render.SearchDoc;

/**
 * The static search index behind /search/, built at build time. Postings are split into shards by token so that a
 * query downloads only the shards of its own tokens; documents are stored in small chunks so that a page of
 * results downloads only the chunks it shows. Written under {@code search/}:
 * {@code meta.json}, {@code index/N.json} ({token: [first id, gaps...]}) and {@code docs/N.json}.
 */
public final class SearchIndex {

    static final int INDEXED_CHARS = 4000;
    static final int SNIPPET_CHARS = 240;
    static final int DOCS_PER_CHUNK = 10;
    static final int TARGET_SHARD_BYTES = 16 * 1024;
    /** Documents tokenised together before their postings are added. */
    private static final int BATCH = 1024;

    /** What the index keeps of a document once its text has been read: tokens, and the start for a snippet. */
    private record Indexed(Set<String> tokens, String snippet) {
    }

    private SearchIndex() {
    }

    /** A growable list of document ids without boxing: an index holds millions of them. */
    private static final class Ids {
        int[] values = new int[4];
        int size;

        void add(int id) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = id;
        }
    }

    private static Indexed indexed(SearchDoc d) {
        String text = d.text().get();
        String body = text.length() > INDEXED_CHARS ? text.substring(0, INDEXED_CHARS) : text;
        Set<String> tokens = SearchTokens.of(d.title(), true);
        tokens.addAll(SearchTokens.of(body, false));
        return new Indexed(tokens, text.length() > SNIPPET_CHARS ? text.substring(0, SNIPPET_CHARS) : text);
    }

    public static Map<String, byte[]> files(List<SearchDoc> docs) {
        // Tokens of each document on every core, then postings in document order, a batch at a time: each page's
        // text is made only here and dropped with its token set (at 100,000 releases the token sets of all pages
        // at once would take gigabytes). Only the snippets are kept.
        Map<String, Ids> byToken = new java.util.HashMap<>();
        List<String> snippets = new ArrayList<>(docs.size());
        for (int from = 0; from < docs.size(); from += BATCH) {
            List<Indexed> batch = docs.subList(from, Math.min(docs.size(), from + BATCH)).parallelStream()
                    .map(SearchIndex::indexed).toList();
            for (int i = 0; i < batch.size(); i++) {
                for (String token : batch.get(i).tokens()) {
                    byToken.computeIfAbsent(token, k -> new Ids()).add(snippets.size());
                }
                snippets.add(batch.get(i).snippet());
            }
        }
        List<String> sorted = new ArrayList<>(byToken.keySet());
        java.util.Collections.sort(sorted);
        long estimate = 0;
        for (String token : sorted) {
            estimate += token.length() * 3L + 6 + byToken.get(token).size * 4L;
        }
        int shards = 1;
        while (shards < 4096 && estimate / shards > TARGET_SHARD_BYTES) {
            shards *= 2;
        }
        StringBuilder[] out = new StringBuilder[shards];
        for (String token : sorted) {
            int k = SearchTokens.shard(token, shards);
            StringBuilder s = out[k] == null ? (out[k] = new StringBuilder("{")) : out[k].append(',');
            s.append('"').append(Json.escape(token)).append("\":[");
            int previous = 0;
            Ids ids = byToken.get(token);
            for (int i = 0; i < ids.size; i++) {
                s.append(i == 0 ? "" : ",").append(ids.values[i] - previous);
                previous = ids.values[i];
            }
            s.append(']');
        }
        Map<String, byte[]> files = new TreeMap<>();
        for (int k = 0; k < shards; k++) {
            String json = out[k] == null ? "{}" : out[k].append('}').toString();
            files.put(SiteAddresses.searchShard(k), json.getBytes(StandardCharsets.UTF_8));
        }
        for (int c = 0; c * DOCS_PER_CHUNK < docs.size(); c++) {
            StringBuilder s = new StringBuilder("[");
            for (int id = c * DOCS_PER_CHUNK; id < Math.min(docs.size(), (c + 1) * DOCS_PER_CHUNK); id++) {
                SearchDoc d = docs.get(id);
                String snippet = snippets.get(id);
                s.append(id == c * DOCS_PER_CHUNK ? "" : ",").append('[').append(Json.string(d.title())).append(',')
                        .append(Json.string(d.path())).append(',').append(Json.string(d.date())).append(',')
                        .append(Json.string(d.kind())).append(',').append(Json.string(snippet)).append(']');
            }
            files.put(SiteAddresses.searchDocs(c), s.append(']').toString().getBytes(StandardCharsets.UTF_8));
        }
        files.put(SiteAddresses.SEARCH_META, ("{\"shards\":" + shards + ",\"docs\":" + docs.size()
                + ",\"perChunk\":" + DOCS_PER_CHUNK + "}").getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
