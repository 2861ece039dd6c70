package vn.cchc.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.ProcessingException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestResponse;
import org.junit.jupiter.api.Test;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.security.Caller;

class TargetAccessTest {

    private static final Caller ADMIN = new Caller("s1", "admin", null, Set.of("admin"));
    private static final Caller HANOI = new Caller("s2", "hanoi.supervisor", "HN", Set.of("supervisor"));
    private static final TargetRef BADINH = new TargetRef(1, 1, "HN-BADINH", 2026, null, null, "T1", null, List.of(), true);
    private static final TargetRef TAYHO = new TargetRef(2, 2, "HN-TAYHO", 2026, null, null, "T1", null, List.of(), true);

    private final TargetDirectory directory = mock(TargetDirectory.class);

    @Test
    void aSubtreeTooLargeForTheFullFormIs422NotAnOutage() {
        TargetRef t = new TargetRef(1, 1, "HN-BADINH", 2026, null, null, "T1", "x", java.util.List.of(), true);
        // the country: 125,000 targets, 500 a page
        when(directory.listSubtree(eq(null), eq(2026), anyInt(), anyInt()))
                .thenAnswer(call -> new TargetPage(Collections.nCopies(500, t), call.getArgument(2), 500, 125_000));
        ProblemException e = assertThrows(ProblemException.class, () -> access(150_000).targetsUnder(null, 2026));
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals("more than 20000 targets below your units in 2026: the full form (detail=FULL) reads at most that many; "
                + "ask for detail=COMPACT or COUNTS, or a smaller subtree (parent)", e.getMessage());
    }

    @Test
    void aKeptDigestIsAskedForWithItsTagAndServedOnlyOn304() {
        TargetAccess access = access(150_000);
        doReturn(digest("\"a\"", BADINH, TAYHO)).when(directory).digest(isNull(), eq(2026), isNull());
        SubtreeTargets first = access.digest(ADMIN, null, 2026);
        assertEquals(List.of(BADINH), first.of("HN-BADINH"));
        assertEquals(List.of(), first.of("HN-HOANKIEM"));

        doReturn(notModified()).when(directory).digest(isNull(), eq(2026), eq("\"a\""));
        assertSame(first, access.digest(ADMIN, null, 2026), "304: the kept digest");

        // a target changed: plan-service answers 200 with another tag, which is kept in its place
        doReturn(digest("\"b\"", BADINH)).when(directory).digest(isNull(), eq(2026), eq("\"a\""));
        SubtreeTargets changed = access.digest(ADMIN, null, 2026);
        assertEquals(List.of(), changed.of("HN-TAYHO"));
        doReturn(notModified()).when(directory).digest(isNull(), eq(2026), eq("\"b\""));
        assertSame(changed, access.digest(ADMIN, null, 2026));
    }

    @Test
    void anotherCallerParentOrYearAsksWithoutTheTag() {
        TargetAccess access = access(150_000);
        doReturn(digest("\"a\"", BADINH)).when(directory).digest(any(), anyInt(), isNull());
        access.digest(ADMIN, null, 2026);
        access.digest(HANOI, null, 2026);
        access.digest(ADMIN, "HN", 2026);
        access.digest(ADMIN, null, 2025);
        verify(directory, times(2)).digest(null, 2026, null); // the admin's, then Hà Nội's supervisor's: not the admin's tag
        verify(directory).digest("HN", 2026, null);
        verify(directory).digest(null, 2025, null);
    }

    @Test
    void planServiceDownIs503EvenWithADigestKept() {
        TargetAccess access = access(150_000);
        doReturn(digest("\"a\"", BADINH)).when(directory).digest(isNull(), eq(2026), isNull());
        access.digest(ADMIN, null, 2026);
        when(directory.digest(isNull(), eq(2026), eq("\"a\""))).thenThrow(new ProcessingException("connection refused"));
        ProblemException e = assertThrows(ProblemException.class, () -> access.digest(ADMIN, null, 2026));
        assertEquals(503, e.type().status());
    }

    @Test
    void a304WithoutATagSentIsAnOutageAndNothingIsKeptWithoutATagOrWhenSwitchedOff() {
        doReturn(notModified()).when(directory).digest(isNull(), eq(2026), isNull());
        assertEquals(503, assertThrows(ProblemException.class, () -> access(150_000).digest(ADMIN, null, 2026)).type().status());

        TargetAccess untagged = access(150_000);
        doReturn(digest(null, BADINH)).when(directory).digest(isNull(), eq(2025), isNull());
        untagged.digest(ADMIN, null, 2025);
        untagged.digest(ADMIN, null, 2025);
        verify(directory, times(2)).digest(null, 2025, null);

        TargetAccess off = access(0);
        doReturn(digest("\"a\"", BADINH)).when(directory).digest(eq("HN"), eq(2025), isNull());
        off.digest(ADMIN, "HN", 2025);
        off.digest(ADMIN, "HN", 2025);
        verify(directory, times(2)).digest("HN", 2025, null);
    }

    private TargetAccess access(int keptTargets) {
        EvaluationConfig config = mock(EvaluationConfig.class);
        when(config.digestCacheTargets()).thenReturn(keptTargets);
        return new TargetAccess(directory, config);
    }

    @SuppressWarnings("unchecked")
    private static RestResponse<TargetDigests> digest(String etag, TargetRef... items) {
        RestResponse<TargetDigests> r = mock(RestResponse.class);
        when(r.getStatus()).thenReturn(200);
        when(r.getEntity()).thenReturn(new TargetDigests(null, 2026, items.length, List.of(items)));
        when(r.getHeaderString("ETag")).thenReturn(etag);
        return r;
    }

    @SuppressWarnings("unchecked")
    private static RestResponse<TargetDigests> notModified() {
        RestResponse<TargetDigests> r = mock(RestResponse.class);
        when(r.getStatus()).thenReturn(304);
        return r;
    }
}
