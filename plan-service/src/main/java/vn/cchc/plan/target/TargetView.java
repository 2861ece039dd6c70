package vn.cchc.plan.target;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.plan.area.ReformArea;

/**
 * A target as the API returns it: the sentence verbatim and its structured measures.
 *
 * @param id        target id
 * @param planId    plan id
 * @param unitCode  the plan's unit
 * @param year      the plan's year
 * @param group     group key; absent for a plan-wide target
 * @param area      reform area, when its group has one
 * @param ref       unique within the plan
 * @param text      the sentence verbatim (chỉ tiêu kết quả cần đạt được)
 * @param measures  structured measures (comparator, value, unit, indicator code)
 * @param flagged   true when no measure could be read: to be structured by hand
 * @param parentId  the parent plan's target it derives from
 * @param version   version for If-Match
 * @param updatedAt last change
 */
@Schema(name = "Target", description = "A target of a plan (chỉ tiêu kết quả cần đạt được) with its structured form")
public record TargetView(long id, long planId, @Schema(example = "HN") String unitCode, int year,
                         @Schema(example = "1") String group, ReformArea area, @Schema(example = "T2") String ref,
                         @Schema(example = "Chỉ số SIPAS của Thành phố đạt tối thiểu 86%") String text,
                         List<TargetMeasure> measures, boolean flagged, Long parentId, long version,
                         Instant updatedAt) {

    static TargetView of(Target t, List<TargetMeasure> measures) {
        return new TargetView(t.id, t.plan.id, t.plan.unit.code, t.plan.year,
                t.group == null ? null : t.group.key, t.group == null ? null : t.group.area, t.ref, t.text,
                measures, t.flagged, t.parent == null ? null : t.parent.id, t.version, t.updatedAt);
    }
}
