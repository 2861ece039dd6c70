package vn.cchc.plan.target;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The digest's entity tag: the same only for the same content, read in the same scope, parent and year. */
class DigestFingerprintTest {

    private static final DigestFingerprint F = new DigestFingerprint(4737, new BigDecimal("159889053853209157625"));

    @Test
    void equalForTheSameContentAndScope() {
        assertEquals(F.tag("/1/2/", "HN", 2026), new DigestFingerprint(4737, new BigDecimal("159889053853209157625")).tag("/1/2/", "HN", 2026));
    }

    @Test
    void anyDifferenceIsAnotherTag() {
        String tag = F.tag("/1/2/", "HN", 2026).getValue();
        assertNotEquals(tag, F.tag("/1/2/7/", "HN", 2026).getValue(), "another caller's scope");
        assertNotEquals(tag, F.tag("/1/2/", null, 2026).getValue(), "no parent: the answer says parent null");
        assertNotEquals(tag, F.tag("/1/2/", "HN", 2025).getValue(), "another year");
        assertNotEquals(tag, new DigestFingerprint(4736, F.hash()).tag("/1/2/", "HN", 2026).getValue(), "one target fewer");
        assertNotEquals(tag, new DigestFingerprint(4737, F.hash().add(BigDecimal.ONE)).tag("/1/2/", "HN", 2026).getValue(), "content changed");
    }
}
