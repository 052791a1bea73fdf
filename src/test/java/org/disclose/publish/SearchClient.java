package org.disclose.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What assets/search.js does, done in Java against the published files: tokens, shards, postings, chunks. It
 * reads only what the browser would download, and can count those bytes (gzip, as servers send them).
 */
final class SearchClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchClient() {
    }

    static List<String> titles(Path site, String query) throws IOException {
        Path root = site.resolve("search");
        JsonNode meta = JSON.readTree(root.resolve("meta.json").toFile());
        int shards = meta.get("shards").asInt();
        int perChunk = meta.get("perChunk").asInt();
        List<Integer> hits = null;
        for (String token : SearchTokens.of(query, false)) {
            JsonNode shard = JSON.readTree(root.resolve("index/" + SearchTokens.shard(token, shards) + ".json")
                    .toFile());
            List<Integer> ids = new ArrayList<>();
            int id = 0;
            if (shard.has(token)) {
                for (JsonNode gap : shard.get(token)) {
                    id += gap.asInt();
                    ids.add(id);
                }
            }
            if (hits == null) {
                hits = ids;
            } else {
                hits.retainAll(ids);
            }
        }
        List<String> titles = new ArrayList<>();
        for (int id : hits == null ? List.<Integer>of() : hits) {
            JsonNode chunk = JSON.readTree(root.resolve("docs/" + id / perChunk + ".json").toFile());
            titles.add(chunk.get(id % perChunk).get(0).asText());
        }
        return titles;
    }

    /** Bytes a browser downloads (gzip-compressed) to show the first page of results for {@code query}. */
    static long downloadedBytes(Path site, String query) throws IOException {
        Path root = site.resolve("search");
        JsonNode meta = JSON.readTree(root.resolve("meta.json").toFile());
        int shards = meta.get("shards").asInt();
        Set<String> files = new LinkedHashSet<>();
        files.add("meta.json");
        for (String token : SearchTokens.of(query, false)) {
            files.add("index/" + SearchTokens.shard(token, shards) + ".json");
        }
        for (int c = 0; c < 10; c++) {
            files.add("docs/" + c + ".json"); // at most ten chunks for ten results, counted generously
        }
        long total = 0;
        for (String f : files) {
            Path gz = root.resolve(f + ".gz");
            if (Files.exists(gz)) {
                total += Files.size(gz);
            }
        }
        return total;
    }
}
