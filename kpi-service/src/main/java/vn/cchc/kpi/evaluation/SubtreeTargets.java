package vn.cchc.kpi.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets of a subtree for a year, by unit, as plan-service gave them; immutable, so that one digest
 * kept by {@link TargetAccess} serves many evaluations at once.
 *
 * @param etag   plan-service's entity tag of the digest they came from; null when read otherwise
 * @param byUnit unit code → its targets, in plan-service's order (plan, then document order)
 * @param count  how many targets in all
 */
public record SubtreeTargets(String etag, Map<String, List<TargetRef>> byUnit, int count) {

    /**
     * @param etag  the digest's entity tag, or null
     * @param items the targets, in plan-service's order
     * @return them grouped by unit, each unit's in the order given
     */
    public static SubtreeTargets of(String etag, List<TargetRef> items) {
        Map<String, List<TargetRef>> grouped = new HashMap<>();
        for (TargetRef t : items) {
            grouped.computeIfAbsent(t.unitCode(), k -> new ArrayList<>()).add(t);
        }
        grouped.replaceAll((unit, list) -> List.copyOf(list));
        return new SubtreeTargets(etag, Map.copyOf(grouped), items.size());
    }

    /**
     * @param unitCode a unit code
     * @return its targets, empty when it has none
     */
    public List<TargetRef> of(String unitCode) {
        return byUnit.getOrDefault(unitCode, List.of());
    }
}
