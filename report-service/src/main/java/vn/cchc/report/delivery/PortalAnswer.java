package vn.cchc.report.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;

/**
 * What a portal answered to one delivery, classified: 2xx → {@link AttemptOutcome#DELIVERED}; 408,
 * 429 and 5xx → {@link AttemptOutcome#RETRY}; any other 4xx → {@link AttemptOutcome#REJECTED} with the
 * portal's reason; no answer at all (timeout, refused connection) → RETRY. A 1xx or 3xx, which a
 * portal should never send to a POST it handled, is also retried: nothing is lost by waiting.
 *
 * @param outcome    the classification
 * @param httpStatus the HTTP status, null when no answer came
 * @param reason     the portal's reason (its problem {@code detail}, or {@code reason}, {@code message},
 *                   {@code title}, else the body's start) or the transport error, at most
 *                   {@value #MAX_REASON} characters; null for a success without a body worth keeping
 * @param retryAfter the portal's {@code Retry-After} in seconds, if it sent one
 */
public record PortalAnswer(AttemptOutcome outcome, Integer httpStatus, String reason, Optional<Duration> retryAfter) {

    /** Longest reason kept, in characters. */
    public static final int MAX_REASON = 1000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * @param status     HTTP status the portal answered
     * @param body       the answer's body, may be null or empty
     * @param retryAfter the {@code Retry-After} header, may be null; only the delta-seconds form is read
     * @return the classified answer
     */
    public static PortalAnswer of(int status, String body, String retryAfter) {
        AttemptOutcome outcome;
        if (status >= 200 && status < 300) {
            outcome = AttemptOutcome.DELIVERED;
        } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
            outcome = AttemptOutcome.REJECTED;
        } else {
            outcome = AttemptOutcome.RETRY;
        }
        String reason = outcome == AttemptOutcome.DELIVERED ? null : reasonOf(status, body);
        return new PortalAnswer(outcome, status, reason, seconds(retryAfter));
    }

    /**
     * @param description what went wrong on the way, e.g. "timed out after 10 s"
     * @return a transient failure with no HTTP status
     */
    public static PortalAnswer noAnswer(String description) {
        return new PortalAnswer(AttemptOutcome.RETRY, null, shorten(description), Optional.empty());
    }

    private static String reasonOf(int status, String body) {
        if (body == null || body.isBlank()) {
            return "HTTP " + status;
        }
        try {
            JsonNode n = JSON.readTree(body);
            if (n != null && n.isObject()) {
                for (String field : new String[] {"detail", "reason", "message", "title"}) {
                    JsonNode v = n.get(field);
                    if (v != null && v.isTextual() && !v.asText().isBlank()) {
                        return shorten(v.asText());
                    }
                }
            }
        } catch (Exception e) {
            // not JSON: the text itself is the reason
        }
        return shorten(body.strip());
    }

    private static Optional<Duration> seconds(String retryAfter) {
        if (retryAfter == null || !retryAfter.strip().matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Long.parseLong(retryAfter.strip())));
    }

    static String shorten(String s) {
        if (s == null) {
            return null;
        }
        return s.length() <= MAX_REASON ? s : s.substring(0, MAX_REASON - 1) + "…";
    }
}
