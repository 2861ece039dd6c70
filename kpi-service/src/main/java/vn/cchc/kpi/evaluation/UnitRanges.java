package vn.cchc.kpi.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits units into contiguous ranges of about equal size for reading and judging in parallel
 * ({@link TargetJudge}). Each unit has about the same number of measurements (the same indicators,
 * month by month), so equal counts are equal work. Plain code, no framework.
 */
public final class UnitRanges {

    private UnitRanges() {
    }

    /**
     * @param sortedUnits unit codes in the order the ranges keep (each range is a contiguous run)
     * @param most        most ranges, at least 1
     * @param minPerRange fewest units per range, at least 1: fewer units give fewer ranges
     * @return between 1 and {@code most} non-empty ranges covering every unit once, in order, sizes
     *         differing by at most one; an empty list when there is no unit
     * @throws IllegalArgumentException when {@code most} or {@code minPerRange} is below 1
     */
    public static List<List<String>> split(Collection<String> sortedUnits, int most, int minPerRange) {
        if (most < 1 || minPerRange < 1) {
            throw new IllegalArgumentException("most and minPerRange must be at least 1");
        }
        List<String> all = List.copyOf(sortedUnits);
        int n = all.size();
        if (n == 0) {
            return List.of();
        }
        int ranges = Math.max(1, Math.min(most, n / minPerRange));
        List<List<String>> out = new ArrayList<>(ranges);
        int start = 0;
        for (int k = 0; k < ranges; k++) {
            int size = n / ranges + (k < n % ranges ? 1 : 0);
            out.add(all.subList(start, start + size));
            start += size;
        }
        return out;
    }
}
