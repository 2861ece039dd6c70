package vn.cchc.gateway.route;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses the upstream service of a request path by the longest owned prefix that matches whole path
 * segments ({@code /api/v1/units} matches {@code /api/v1/units/HN} but not {@code /api/v1/unitsX}).
 * Plain Java, no framework.
 */
public final class RouteTable {

    private record Entry(String prefix, String upstream) {
    }

    private final List<Entry> entries;

    /**
     * @param prefixesByUpstream owned prefixes per upstream name
     * @throws IllegalArgumentException when two upstreams claim the same prefix
     */
    public RouteTable(Map<String, List<String>> prefixesByUpstream) {
        List<Entry> all = prefixesByUpstream.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(p -> new Entry(normalise(p), e.getKey())))
                .sorted(Comparator.comparingInt((Entry e) -> e.prefix.length()).reversed())
                .toList();
        long distinct = all.stream().map(Entry::prefix).distinct().count();
        if (distinct != all.size()) {
            throw new IllegalArgumentException("Two upstreams claim the same path prefix: " + all);
        }
        this.entries = all;
    }

    /**
     * @param path request path, e.g. {@code /api/v1/units/HN-BADINH}
     * @return the owning upstream's name, or empty when no upstream owns the path
     */
    public Optional<String> upstreamFor(String path) {
        for (Entry e : entries) {
            if (path.equals(e.prefix) || path.startsWith(e.prefix + "/")) {
                return Optional.of(e.upstream);
            }
        }
        return Optional.empty();
    }

    private static String normalise(String prefix) {
        String p = prefix.strip();
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
