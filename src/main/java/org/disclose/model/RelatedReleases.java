package org.disclose.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * 相关阅读: the releases that share the most tags with a release, ties going to the one listed first (newest first,
 * then by slug, as the release list orders them). A release shares nothing with itself; none is related to a release
 * that shares no tag with any other.
 *
 * <p>Near-linear in the number of releases: releases are indexed by tag, each tag's postings in list order, and a
 * release's candidates are met by merging the postings of its own tags in that order, so that each candidate arrives
 * once, with the number of tags it shares. The walk stops as soon as no later candidate could still make the list:
 * a later one loses every tie, and can share no more tags than there are postings not yet exhausted.
 */
public final class RelatedReleases {

    private final List<Release> listed;
    private final Map<String, int[]> byTag = new HashMap<>();
    private final Map<Release, Integer> position;

    /** @param listed the release list (withdrawn releases left out), in its order: newest first */
    public RelatedReleases(List<Release> listed) {
        this.listed = List.copyOf(listed);
        this.position = new IdentityHashMap<>(listed.size() * 2);
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < this.listed.size(); i++) {
            Release r = this.listed.get(i);
            position.put(r, i);
            for (String tag : new LinkedHashSet<>(r.tags())) {
                postings.computeIfAbsent(tag, x -> new ArrayList<>()).add(i);
            }
        }
        postings.forEach((tag, list) -> byTag.put(tag, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** Up to {@code limit} releases related to {@code release} (listed or not), the most tags shared first. */
    public List<Release> of(Release release, int limit) {
        List<int[]> lists = new ArrayList<>();
        for (String tag : new LinkedHashSet<>(release.tags())) {
            int[] p = byTag.get(tag);
            if (p != null) {
                lists.add(p);
            }
        }
        int self = position.getOrDefault(release, -1);
        int[] cursor = new int[lists.size()];
        // the best so far, most shared first, then earliest in the list: positions and their counts
        int[] best = new int[Math.max(0, limit)];
        int[] shared = new int[best.length];
        int found = 0;
        while (limit > 0) {
            int at = Integer.MAX_VALUE;
            int active = 0;
            for (int k = 0; k < lists.size(); k++) {
                if (cursor[k] < lists.get(k).length) {
                    active++;
                    at = Math.min(at, lists.get(k)[cursor[k]]);
                }
            }
            if (active == 0 || found == limit && shared[found - 1] >= active) {
                break;
            }
            int count = 0;
            for (int k = 0; k < lists.size(); k++) {
                if (cursor[k] < lists.get(k).length && lists.get(k)[cursor[k]] == at) {
                    count++;
                    cursor[k]++;
                }
            }
            if (at == self || found == limit && count <= shared[found - 1]) {
                continue;
            }
            // insert after every candidate that shares as many tags (they come earlier in the list)
            int i = found == limit ? found - 1 : found++;
            while (i > 0 && shared[i - 1] < count) {
                best[i] = best[i - 1];
                shared[i] = shared[i - 1];
                i--;
            }
            best[i] = at;
            shared[i] = count;
        }
        List<Release> related = new ArrayList<>(found);
        for (int i = 0; i < found; i++) {
            related.add(listed.get(best[i]));
        }
        return related;
    }
}
