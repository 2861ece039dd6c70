package vn.cchc.kpi.ranking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cchc.common.security.Caller;
import vn.cchc.common.unit.UnitRef;

/**
 * What units can be ranked by (the extension point of {@code GET /api/v1/rankings}): a CDI bean per
 * criterion, found by {@link #key()}. SIPAS and TARGETS_MET ship here; PAR INDEX is added by the PAR
 * INDEX feature as one more bean with key {@code PAR_INDEX} (its index per unit and year, higher is
 * better) without any change to this package.
 */
public interface RankingSource {

    /** @return the value of {@code by}, e.g. {@code SIPAS} */
    String key();

    /** @return a short description with the Vietnamese term, for the answer */
    String description();

    /** @return whether a higher value ranks first */
    default boolean higherIsBetter() {
        return true;
    }

    /**
     * A unit's value with where it comes from.
     *
     * @param value  the value
     * @param source e.g. PUBLISHED, SURVEY, EVALUATION
     * @param detail a short explanation, may be null
     */
    record Value(BigDecimal value, String source, String detail) {
    }

    /**
     * @param caller   the caller (already allowed to read the parent)
     * @param parent   parent unit code
     * @param siblings the parent's direct children the caller sees
     * @param year     year
     * @param asOf     evaluation day, may be null (today)
     * @param from     first day of the year-to-date window, may be null (1 January)
     * @return unit code → value; units without a value are left out
     */
    Map<String, Value> values(Caller caller, String parent, List<UnitRef> siblings, int year, LocalDate asOf, LocalDate from);
}
