package vn.cchc.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void nfcNormalisesDecomposedInputAndCollapsesWhitespace() {
        String nfd = Normalizer.normalize("Phường  Ba Đình ", Normalizer.Form.NFD);
        assertEquals("Phường Ba Đình", VietnameseText.nfc(nfd));
        assertEquals(Normalizer.normalize("Phường Ba Đình", Normalizer.Form.NFC), VietnameseText.nfc(nfd));
        assertNull(VietnameseText.nfc(null));
    }

    @Test
    void foldRemovesDiacriticsAndDStroke() {
        assertEquals("phuong ba dinh", VietnameseText.fold("Phường Ba Đình"));
        assertEquals("xa dan hoa", VietnameseText.fold("Xã Dân Hòa"));
        // hoá and hóa (old and new accent placement) fold to the same key
        assertEquals(VietnameseText.fold("Văn hoá"), VietnameseText.fold("Văn hóa"));
    }

    @Test
    void unicodeSpacesAndBidiControlsDoNotMakeAName() {
        assertEquals("Phường Ba Đình", VietnameseText.nfc("\u00A0Phường\u3000Ba \u202EĐình\u00A0"));
        org.junit.jupiter.api.Assertions.assertTrue(VietnameseText.isBlank("\u00A0\u3000 "));
        org.junit.jupiter.api.Assertions.assertFalse(VietnameseText.isBlank("Xã"));
    }
}
