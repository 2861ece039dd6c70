package vn.cchc.common.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.junit.jupiter.api.Test;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

class PlanServiceCallsTest {

    private static ProblemType refusedWith(RuntimeException e) {
        return assertThrows(ProblemException.class, () -> PlanServiceCalls.guarded("the targets of HN", "the plans", () -> {
            throw e;
        })).type();
    }

    @Test
    void anOutageIsRetryableButALimitOrARefusedTokenIsNot() {
        assertEquals(ProblemType.UPSTREAM_UNAVAILABLE, refusedWith(new ProcessingException("connection refused")));
        assertEquals(ProblemType.UPSTREAM_UNAVAILABLE, refusedWith(new WebApplicationException(500)));
        assertEquals(ProblemType.UPSTREAM_UNAVAILABLE, refusedWith(new WebApplicationException(404)));
        // a digest over its limit: asking again will not help, a smaller parent will
        assertEquals(ProblemType.VALIDATION, refusedWith(new WebApplicationException(422)));
        // the caller's token expired between this service's check and plan-service's
        assertEquals(ProblemType.UNAUTHORIZED, refusedWith(new WebApplicationException(401)));
        assertEquals("HN", PlanServiceCalls.guarded("unit HN", "the unit registry", "not there", () -> "HN"));
        assertEquals("not there", PlanServiceCalls.guarded("unit HX", "the unit registry", "not there", () -> {
            throw new WebApplicationException(404);
        }));
    }
}
