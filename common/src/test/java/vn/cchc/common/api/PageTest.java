package vn.cchc.common.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class PageTest {

    private static final LongSupplier NOT_ASKED = () -> {
        throw new AssertionError("the count should not run");
    };

    @Test
    void aFirstPageThatIsNotFullIsTheWholeList() {
        assertEquals(3, Page.of(List.of("a", "b", "c"), 0, 50, NOT_ASKED).total());
        assertEquals(0, Page.of(List.of(), 0, 50, NOT_ASKED).total());
    }

    @Test
    void aLaterPageThatIsNotFullEndsTheList() {
        assertEquals(2 * 10 + 4, Page.of(List.of(1, 2, 3, 4), 2, 10, NOT_ASKED).total());
    }

    @Test
    void aFullOrEmptyLaterPageIsCounted() {
        assertEquals(17, Page.of(List.of(1, 2), 0, 2, () -> 17).total());
        assertEquals(17, Page.of(List.of(), 9, 2, () -> 17).total());
        assertThrows(AssertionError.class, () -> Page.of(List.of(1, 2), 3, 2, NOT_ASKED));
    }
}
