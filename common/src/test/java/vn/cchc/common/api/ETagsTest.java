package vn.cchc.common.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import org.junit.jupiter.api.Test;

/** If-None-Match by weak comparison (RFC 9110 13.1.2): what gives a 304. */
class ETagsTest {

    private static final EntityTag CURRENT = new EntityTag("ea28655216601409");

    @Test
    void theCurrentTagMatchesStrongWeakInAListOrAsAnyTag() {
        assertTrue(ETags.noneMatch("\"ea28655216601409\"", CURRENT));
        assertTrue(ETags.noneMatch("W/\"ea28655216601409\"", CURRENT), "a weakened tag is the same tag for If-None-Match");
        assertTrue(ETags.noneMatch("\"0f\", W/\"ea28655216601409\"", CURRENT));
        assertTrue(ETags.noneMatch(" * ", CURRENT));
        assertTrue(ETags.noneMatch("ea28655216601409", CURRENT), "unquoted, as some clients send it");
    }

    @Test
    void anyOtherTagOrNoHeaderDoesNot() {
        assertFalse(ETags.noneMatch(null, CURRENT));
        assertFalse(ETags.noneMatch("", CURRENT));
        assertFalse(ETags.noneMatch("\"0f\"", CURRENT));
        assertFalse(ETags.noneMatch("\"ea28655216601409x\"", CURRENT));
        assertFalse(ETags.noneMatch("\"ea2865\", \"5216601409\"", CURRENT));
        assertFalse(ETags.noneMatch("garbage, \"", CURRENT));
        assertFalse(ETags.noneMatch("\"" + "a".repeat(7000) + "\"", CURRENT));
    }
}
