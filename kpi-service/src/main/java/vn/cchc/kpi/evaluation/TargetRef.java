package vn.cchc.kpi.evaluation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/**
 * A target of a plan as plan-service returns it (its {@code TargetView}), reduced to what the
 * evaluation needs. Enumerations are read as strings, so that a comparator or unit plan-service adds
 * later makes that measure "not evaluable" instead of failing the whole answer; unknown fields are
 * ignored.
 *
 * @param id       target id
 * @param planId   plan id
 * @param unitCode the plan's unit
 * @param year     the plan's year
 * @param group    group key, null for a plan-wide target
 * @param area     reform area of its group, may be null
 * @param ref      reference unique within the plan, e.g. {@code T2}
 * @param text     the target sentence verbatim (chỉ tiêu kết quả cần đạt được)
 * @param measures its structured measures, may be empty
 * @param flagged  true when plan-service could not read any measure (to be structured by hand)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TargetRef(long id, long planId, String unitCode, int year, String group, String area, String ref,
                        String text, List<Measure> measures, boolean flagged) {

    /**
     * The short codes repeat across a national digest (~125,000 targets, a few hundred distinct values):
     * one copy each instead of ~850,000 strings keeps a whole-country evaluation inside the service's heap.
     */
    public TargetRef {
        unitCode = shared(unitCode);
        group = shared(group);
        area = shared(area);
        ref = shared(ref);
    }

    private static String shared(String code) {
        return code == null ? null : code.intern();
    }

    /**
     * One measurable clause of a target (plan-service's {@code TargetMeasure}).
     *
     * @param clause        the clause verbatim
     * @param comparator    AT_LEAST, AT_MOST, EQUAL, REDUCE_BY_AT_LEAST, INCREASE_BY_AT_LEAST, TOP_GROUP, RANK_AT_MOST
     * @param value         the threshold as written; null for TOP_GROUP
     * @param unit          PERCENT, COUNT, DAYS, POINTS, RANK
     * @param baselineYear  year a change is measured against, null when not written
     * @param indicatorCode kpi-service indicator code, null when none was chosen
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Measure(String clause, String comparator, BigDecimal value, String unit, Integer baselineYear,
                          String indicatorCode) {

        /** As {@link TargetRef}'s codes: one copy of each comparator, unit and indicator code. */
        public Measure {
            comparator = shared(comparator);
            unit = shared(unit);
            indicatorCode = shared(indicatorCode);
        }
    }
}
