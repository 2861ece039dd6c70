package vn.cchc.plan.unit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class UnitNameMatcherTest {

    @Test
    void variantsTheDocumentsUseShareAKey() {
        assertEquals(UnitNameMatcher.key("Văn phòng HĐND và UBND"), UnitNameMatcher.key("Văn phòng HĐND&UBND"));
        assertEquals(UnitNameMatcher.key("Phòng Văn hóa - Xã hội"), UnitNameMatcher.key("Phòng Văn hoá – Xã hội"));
        assertEquals(UnitNameMatcher.key("Sở, Ban, Ngành"), UnitNameMatcher.key("Sở, Ban, ngành"));
        assertEquals("van phong hdnd va ubnd", UnitNameMatcher.key(" Văn phòng  HĐND&UBND "));
    }

    @Test
    void abbreviationsNeedAnAlias() {
        assertNotEquals(UnitNameMatcher.key("Phòng VHXH"), UnitNameMatcher.key("Phòng Văn hóa - Xã hội"));
        assertEquals("", UnitNameMatcher.key(null));
    }
}
