package vn.cchc.report.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortalAnswerTest {

    @Test
    void successesAreDelivered() {
        assertEquals(AttemptOutcome.DELIVERED, PortalAnswer.of(200, "{}", null).outcome());
        assertEquals(AttemptOutcome.DELIVERED, PortalAnswer.of(201, "", null).outcome());
        assertNull(PortalAnswer.of(202, "{\"detail\":\"queued\"}", null).reason());
    }

    @Test
    void clientErrorsAreFinalRejectionsExceptTimeoutAndTooManyRequests() {
        for (int s : new int[] {400, 401, 403, 404, 409, 413, 422}) {
            assertEquals(AttemptOutcome.REJECTED, PortalAnswer.of(s, null, null).outcome(), "HTTP " + s);
        }
        assertEquals(AttemptOutcome.RETRY, PortalAnswer.of(408, null, null).outcome());
        assertEquals(AttemptOutcome.RETRY, PortalAnswer.of(429, null, "120").outcome());
        assertEquals(Optional.of(Duration.ofSeconds(120)), PortalAnswer.of(429, null, "120").retryAfter());
        assertEquals(Optional.empty(), PortalAnswer.of(503, null, "Wed, 21 Oct 2026 07:28:00 GMT").retryAfter());
    }

    @Test
    void serverErrorsAndOddStatusesAreRetried() {
        for (int s : new int[] {500, 502, 503, 504, 302, 100}) {
            assertEquals(AttemptOutcome.RETRY, PortalAnswer.of(s, "", null).outcome(), "HTTP " + s);
        }
        assertEquals(AttemptOutcome.RETRY, PortalAnswer.noAnswer("connection refused").outcome());
        assertNull(PortalAnswer.noAnswer("x").httpStatus());
    }

    @Test
    void theReasonIsThePortalsOwnWords() {
        assertEquals("Thiếu chữ ký số", PortalAnswer.of(422, "{\"type\":\"about:blank\",\"detail\":\"Thiếu chữ ký số\"}", null).reason());
        assertEquals("Sai kỳ báo cáo", PortalAnswer.of(400, "{\"reason\":\"Sai kỳ báo cáo\"}", null).reason());
        assertEquals("Bad Gateway", PortalAnswer.of(502, " Bad Gateway\n", null).reason());
        assertEquals("HTTP 404", PortalAnswer.of(404, "", null).reason());
        assertEquals(PortalAnswer.MAX_REASON, PortalAnswer.of(422, "x".repeat(5000), null).reason().length());
    }
}
