package vn.cchc.gateway.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(Map.of(
            "plan", List.of("/api/v1/units", "/api/v1/plans/"),
            "report", List.of("/api/v1/plans/exports")));

    @Test
    void matchesWholeSegmentsOnly() {
        assertEquals(Optional.of("plan"), table.upstreamFor("/api/v1/units"));
        assertEquals(Optional.of("plan"), table.upstreamFor("/api/v1/units/HN-BADINH/children"));
        assertTrue(table.upstreamFor("/api/v1/unitsX").isEmpty());
        assertTrue(table.upstreamFor("/api/v1").isEmpty());
    }

    @Test
    void longestPrefixWins() {
        assertEquals(Optional.of("report"), table.upstreamFor("/api/v1/plans/exports/1"));
        assertEquals(Optional.of("plan"), table.upstreamFor("/api/v1/plans/7"));
    }

    @Test
    void twoOwnersOfOnePrefixAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RouteTable(Map.of(
                "a", List.of("/api/v1/x"), "b", List.of("/api/v1/x/"))));
    }
}
