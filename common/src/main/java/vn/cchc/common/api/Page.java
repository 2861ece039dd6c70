package vn.cchc.common.api;

import java.util.List;
import java.util.function.Function;

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
     * @param mapper conversion of each item
     * @param <R>    new item type
     * @return the same page with converted items
     */
    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
