package vn.cchc.kpi.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One page of plan-service's targets ({@code GET /api/v1/targets}), as {@link TargetDirectory#list}
 * reads it. Fields plan-service adds later are ignored.
 *
 * @param items the targets of this page
 * @param page  zero-based page index
 * @param size  page size asked for
 * @param total targets matching, across all pages
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetPage(List<TargetRef> items, int page, int size, long total) {
}
