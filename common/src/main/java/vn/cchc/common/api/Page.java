package vn.cchc.common.api;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * One page of a list answer: every list endpoint returns this shape.
 *
 * @param items the page's items
 * @param page  zero-based page index that was asked for
 * @param size  page size that was asked for
 * @param total number of items matching the filters, across all pages
 * @param <T>   item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {

    /** Largest page size a client may ask for; larger requests are refused with 422. */
    public static final int MAX_SIZE = 500;

    /**
     * A page whose total is counted only when the page cannot tell it: a page that is neither full nor
     * empty (or the first page, even empty) ends the list, so the total is {@code page × size + items};
     * otherwise {@code count} runs (typically a {@code select count(*)}, the second query of a list).
     *
     * @param items the page's items (at most {@code size})
     * @param page  zero-based page index that was asked for
     * @param size  page size that was asked for
     * @param count the number of all matching items, asked only when needed
     * @param <T>   item type
     * @return the page with its total
     */
    public static <T> Page<T> of(List<T> items, int page, int size, LongSupplier count) {
        boolean last = items.size() < size && (page == 0 || !items.isEmpty());
        long total = last ? (long) page * size + items.size() : count.getAsLong();
        return new Page<>(items, page, size, total);
    }

    /**
     * @param mapper conversion of each item
     * @param <R>    new item type
     * @return the same page with converted items
     */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
