package vn.cchc.kpi.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Collections;
import org.junit.jupiter.api.Test;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;

class TargetAccessTest {

    @Test
    void aSubtreeTooLargeForTheFullFormIs422NotAnOutage() {
        TargetDirectory directory = mock(TargetDirectory.class);
        TargetRef t = new TargetRef(1, 1, "HN-BADINH", 2026, null, null, "T1", "x", java.util.List.of(), true);
        // the country: 125,000 targets, 500 a page
        when(directory.listSubtree(eq(null), eq(2026), anyInt(), anyInt()))
                .thenAnswer(call -> new TargetPage(Collections.nCopies(500, t), call.getArgument(2), 500, 125_000));
        ProblemException e = assertThrows(ProblemException.class, () -> new TargetAccess(directory).targetsUnder(null, 2026));
        assertEquals(ProblemType.VALIDATION, e.type());
        assertEquals("more than 20000 targets below your units in 2026: the full form (detail=FULL) reads at most that many; "
                + "ask for detail=COMPACT or COUNTS, or a smaller subtree (parent)", e.getMessage());
    }
}
