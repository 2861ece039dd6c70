package vn.cchc.plan.target;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A target reduced to what an evaluation needs (chỉ tiêu, dạng rút gọn): no sentence, no clauses, no
 * audit fields. The shape of {@code GET /api/v1/targets/digest}, which kpi-service reads to evaluate a
 * whole subtree, or the whole country, in one request (issue 4: "evaluating every target of 3,321
 * communes … must be one request").
 *
 * @param id       target id
 * @param planId   plan id
 * @param unitCode the plan's unit
 * @param year     the plan's year
 * @param group    group key; null for a plan-wide target
 * @param area     reform area of its group, when it has one (a {@link vn.cchc.plan.area.ReformArea} name)
 * @param ref      unique within the plan, e.g. {@code T2}
 * @param flagged  true when no measure could be read from the sentence
 * @param measures JSON array of {@link TargetMeasure} without {@code clause} and without null fields, in the
 *                 sentence's order (written as is: PostgreSQL keeps it beside the measures, migration V4)
 */
@Schema(name = "TargetDigest", description = "A target reduced to what an evaluation needs (chỉ tiêu, dạng rút gọn): ids, unit, group, area, ref "
        + "and its measures without the clause text; read the full target at GET /api/v1/targets/{id}")
public record TargetDigest(
        @Schema(example = "412") long id,
        @Schema(example = "7") long planId,
        @Schema(example = "HN-BADINH") String unitCode,
        @Schema(example = "2026") int year,
        @Schema(example = "2") String group,
        @Schema(example = "PROCEDURES") String area,
        @Schema(example = "T2") String ref,
        boolean flagged,
        @JsonRawValue
        @Schema(type = SchemaType.ARRAY, implementation = TargetMeasure.class,
                description = "Structured measures (comparator, value, unit, baselineYear, indicatorCode), without clause; null fields left out")
        String measures) {

    /**
     * The targets of one subtree and year.
     *
     * @param parent the parent asked for; null for everything the caller reads
     * @param year   plan year
     * @param total  number of items
     * @param items  the targets, by unit path, plan, then document order
     */
    @Schema(name = "TargetDigests", description = "Every target of a subtree's plans for a year, in one answer (no paging)")
    public record Digests(@Schema(example = "HN") String parent, @Schema(example = "2026") int year, long total, List<TargetDigest> items) {
    }
}
