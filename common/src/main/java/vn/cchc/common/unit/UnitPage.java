package vn.cchc.common.unit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One page of plan-service's unit list ({@code GET /api/v1/units?parent=HN&page=0&size=500}), as
 * {@link UnitDirectory#list} reads it. Fields plan-service adds later are ignored.
 *
 * @param items the units of this page
 * @param page  zero-based page index
 * @param size  page size asked for
 * @param total units matching, across all pages
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitPage(List<UnitRef> items, int page, int size, long total) {
}
