package vn.cchc.plan.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class UnitPathCacheTest {

    private final Map<String, String> registry = new HashMap<>(Map.of("HN-BADINH", "/HN/HN-BADINH/"));
    private final AtomicInteger lookups = new AtomicInteger();
    private final Function<String, Optional<String>> lookup = code -> {
        lookups.incrementAndGet();
        return Optional.ofNullable(registry.get(code));
    };
    private Instant now = Instant.parse("2026-03-01T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aKnownUnitIsLookedUpOnceWithinTheTimeToLive() {
        UnitPathCache cache = new UnitPathCache(Duration.ofMinutes(5), 100, clock);
        assertEquals(Optional.of("/HN/HN-BADINH/"), cache.path("HN-BADINH", lookup));
        now = now.plusSeconds(299);
        assertEquals(Optional.of("/HN/HN-BADINH/"), cache.path("HN-BADINH", lookup));
        assertEquals(1, lookups.get());
        now = now.plusSeconds(1);
        cache.path("HN-BADINH", lookup);
        assertEquals(2, lookups.get());
    }

    @Test
    void anUnknownUnitIsNotKeptSoANewOneIsFoundAtOnce() {
        UnitPathCache cache = new UnitPathCache(Duration.ofMinutes(5), 100, clock);
        assertEquals(Optional.empty(), cache.path("HN-NEW", lookup));
        registry.put("HN-NEW", "/HN/HN-NEW/");
        assertEquals(Optional.of("/HN/HN-NEW/"), cache.path("HN-NEW", lookup));
    }

    @Test
    void aUnitGoneAfterItsTimeToLiveIsForgotten() {
        UnitPathCache cache = new UnitPathCache(Duration.ofMinutes(5), 100, clock);
        cache.path("HN-BADINH", lookup);
        registry.remove("HN-BADINH");
        now = now.plusSeconds(301);
        assertEquals(Optional.empty(), cache.path("HN-BADINH", lookup));
    }

    @Test
    void aZeroTimeToLiveKeepsNothingAndTheSizeIsBounded() {
        UnitPathCache off = new UnitPathCache(Duration.ZERO, 100, clock);
        off.path("HN-BADINH", lookup);
        off.path("HN-BADINH", lookup);
        assertEquals(2, lookups.get());
        UnitPathCache small = new UnitPathCache(Duration.ofMinutes(5), 1, clock);
        registry.put("HN", "/HN/");
        small.path("HN", lookup);
        small.path("HN-BADINH", lookup); // starts afresh: HN is dropped
        small.path("HN", lookup);
        assertEquals(5, lookups.get());
    }
}
