package vn.cchc.kpi.parindex.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ranking of the units of one peer block under one parent by their index (plain Java). Tie rule
 * (standard competition ranking, "1, 2, 2, 4"): units whose index is equal at 0.01 share a rank, and
 * the next rank is skipped by the number of units sharing it. Units without an index (nothing
 * applicable) are listed last without a rank. Among equals the order is by unit code, for a stable
 * answer; the order carries no meaning.
 */
public final class ParRanking {

    /**
     * @param unitCode the unit
     * @param index    its index, null when it has none
     */
    public record Entry(String unitCode, BigDecimal index) {
    }

    /**
     * @param unitCode the unit
     * @param index    its index
     * @param rank     1 for the best; null without index
     * @param tied     true when another unit shares the rank
     */
    public record Ranked(String unitCode, BigDecimal index, Integer rank, boolean tied) {
    }

    private ParRanking() {
    }

    /**
     * @param entries the units with their index
     * @return the units best first, with their rank
     */
    public static List<Ranked> rank(List<Entry> entries) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((Entry e) -> e.index() == null ? null : Scoring.round(e.index()),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Entry::unitCode));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            if (e.index() == null) {
                out.add(new Ranked(e.unitCode(), null, null, false));
                continue;
            }
            BigDecimal mine = Scoring.round(e.index());
            int rank = 1 + (int) sorted.stream().filter(o -> o.index() != null && Scoring.round(o.index()).compareTo(mine) > 0).count();
            long same = sorted.stream().filter(o -> o.index() != null && Scoring.round(o.index()).compareTo(mine) == 0).count();
            out.add(new Ranked(e.unitCode(), mine, rank, same > 1));
        }
        return out;
    }
}
