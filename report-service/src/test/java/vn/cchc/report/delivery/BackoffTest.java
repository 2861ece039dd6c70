package vn.cchc.report.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff production = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(10));

    @Test
    void doublesFromTheBaseUpToTheCapAndStaysThere() {
        assertEquals(Duration.ofSeconds(30), production.delay(1, Optional.empty()));
        assertEquals(Duration.ofSeconds(60), production.delay(2, Optional.empty()));
        assertEquals(Duration.ofSeconds(120), production.delay(3, Optional.empty()));
        assertEquals(Duration.ofSeconds(480), production.delay(5, Optional.empty()));
        assertEquals(Duration.ofMinutes(10), production.delay(6, Optional.empty()));
        assertEquals(Duration.ofMinutes(10), production.delay(1_000_000, Optional.empty()), "no overflow, no last attempt");
    }

    @Test
    void aPortalDownForAnHourIsTriedUntilTheEndAndReachedWithinTheCapOfItsReturn() {
        Duration elapsed = Duration.ZERO;
        int attempts = 0;
        while (elapsed.compareTo(Duration.ofHours(1)) < 0) {
            attempts++;
            elapsed = elapsed.plus(production.delay(attempts, Optional.empty()));
        }
        // 30 s + 1 + 2 + 4 + 8 min, then every 10 min
        assertEquals(10, attempts);
        assertEquals(Duration.ofMinutes(10), production.delay(attempts + 1, Optional.empty()));
    }

    @Test
    void retryAfterLengthensButNeverShortensOrPassesTheCap() {
        assertEquals(Duration.ofSeconds(90), production.delay(1, Optional.of(Duration.ofSeconds(90))));
        assertEquals(Duration.ofSeconds(60), production.delay(2, Optional.of(Duration.ofSeconds(5))));
        assertEquals(Duration.ofMinutes(10), production.delay(1, Optional.of(Duration.ofHours(5))));
    }

    @Test
    void refusesNonsense() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }
}
