package vn.cchc.plan.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

/** A few digests are written at once; the others wait, then 429; a turn is given back once, whoever ends it. */
class DigestTurnsTest {

    private record Config(int concurrent, Duration queueTimeout) implements DigestConfig {
    }

    @Test
    void aTurnIsTakenWaitedForAndGivenBackOnce() {
        DigestStream digests = new DigestStream(null, new ObjectMapper(), new Config(1, Duration.ofMillis(50)));
        List<Runnable> handedToTheEnd = new ArrayList<>();
        Runnable first = digests.turn(handedToTheEnd::add);
        assertEquals(1, handedToTheEnd.size(), "the release goes to the answer's end");

        ProblemException busy = assertThrows(ProblemException.class, () -> digests.turn(r -> { }));
        assertEquals(ProblemType.TOO_MANY_REQUESTS, busy.type());

        // released by the caller (an error before the answer) and again by the answer's end: one turn back, not two
        first.run();
        handedToTheEnd.get(0).run();
        Runnable second = digests.turn(r -> { });
        assertThrows(ProblemException.class, () -> digests.turn(r -> { }));
        second.run();
        digests.turn(r -> { }).run();
    }
}
