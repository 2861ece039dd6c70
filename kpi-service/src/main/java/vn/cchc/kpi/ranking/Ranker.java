package vn.cchc.kpi.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Standard competition ranking (plain Java): sorted by value, best first; equal values (to 4
 * decimals) share a rank and the next rank skips, so 90, 85, 85, 80 rank 1, 2, 2, 4. Units without a
 * value come last, unranked, by code.
 */
public final class Ranker {

    private Ranker() {
    }

    /**
     * @param unit  unit code
     * @param value its value, null when it has none
     */
    public record Entry(String unit, BigDecimal value) {
    }

    /**
     * @param entries        the units
     * @param higherIsBetter direction
     * @return rank per entry (null for entries without a value), in ranking order
     */
    public static List<Ranked> rank(List<Entry> entries, boolean higherIsBetter) {
        Comparator<Entry> byValue = Comparator.comparing(e -> round(e.value()));
        if (higherIsBetter) {
            byValue = byValue.reversed();
        }
        List<Entry> valued = new ArrayList<>(entries.stream().filter(e -> e.value() != null).toList());
        valued.sort(byValue.thenComparing(Entry::unit));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < valued.size(); i++) {
            Entry e = valued.get(i);
            int rank = i > 0 && round(valued.get(i - 1).value()).compareTo(round(e.value())) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new Ranked(e.unit(), e.value(), rank));
        }
        entries.stream().filter(e -> e.value() == null).sorted(Comparator.comparing(Entry::unit))
                .forEach(e -> out.add(new Ranked(e.unit(), null, null)));
        return out;
    }

    /**
     * @param unit  unit code
     * @param value value
     * @param rank  1 = best; null without a value
     */
    public record Ranked(String unit, BigDecimal value, Integer rank) {
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(4, RoundingMode.HALF_UP);
    }
}
