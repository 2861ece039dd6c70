package vn.cchc.kpi.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * plan-service's {@code GET /api/v1/targets/digest} answer: every target of a subtree for a year, in one
 * answer, each without sentence or clauses.
 *
 * @param parent the parent asked for; null for all the caller reads
 * @param year   plan year
 * @param total  number of items
 * @param items  the targets ({@link TargetRef} with {@code text} and each measure's {@code clause} null)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetDigests(String parent, int year, long total, List<TargetRef> items) {
}
