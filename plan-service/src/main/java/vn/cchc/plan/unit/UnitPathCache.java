package vn.cchc.plan.unit;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Materialised paths of units by code, kept for a while, so that scoping a caller by the unit of the
 * token does not cost a query on every request. A unit's code and path never change once it exists
 * (units are neither moved nor deleted, see OrgUnitService), so an entry can only be stale for a unit
 * that does not exist any more, which the time to live bounds; an unknown code is never kept, so a unit
 * created a moment ago is found at once. No framework: unit-tested with a fixed clock.
 */
public final class UnitPathCache {

    private record Entry(String path, long expiresAt) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final long ttlMillis;
    private final int maxEntries;
    private final Clock clock;

    /**
     * @param ttl        how long a path is kept; zero or negative keeps nothing
     * @param maxEntries how many codes are kept at most; past that the cache starts afresh
     * @param clock      time source
     */
    public UnitPathCache(Duration ttl, int maxEntries, Clock clock) {
        this.ttlMillis = ttl.toMillis();
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    /**
     * @param code   a unit code
     * @param lookup the path of the unit with that code, empty when there is none (asked when not kept)
     * @return the unit's path, empty when there is no such unit
     */
    public Optional<String> path(String code, Function<String, Optional<String>> lookup) {
        long now = clock.millis();
        Entry e = entries.get(code);
        if (e != null && e.expiresAt() > now) {
            return Optional.of(e.path());
        }
        Optional<String> path = lookup.apply(code);
        if (path.isPresent() && ttlMillis > 0) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(code, new Entry(path.get(), now + ttlMillis));
        } else if (e != null) {
            entries.remove(code, e);
        }
        return path;
    }
}
