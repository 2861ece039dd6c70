package vn.cchc.kpi.parindex;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.kpi.parindex.model.PeerBlock;

/**
 * The ranking of one peer block under one parent for an index year.
 *
 * @param parent  parent unit
 * @param year    index year
 * @param block   peer block
 * @param ranked  how many units of the block were ranked (all of them, also those not shown to the caller)
 * @param tieRule how ties are ranked
 * @param items   the units the caller may read, best first
 */
@Schema(name = "ParRanking", description = "Xếp hạng Chỉ số CCHC within a peer block (khối) under one parent")
public record RankingView(String parent, int year, PeerBlock block, int ranked, String tieRule, List<Item> items) {

    /** Tie rule stated in every answer. */
    public static final String TIE_RULE = "equal index (at 0.01) → equal rank, the next rank skipped (1, 2, 2, 4)";

    /**
     * @param rank          rank, 1 best; null without index
     * @param tied          another unit shares the rank
     * @param unitCode      unit
     * @param unitName      unit name
     * @param assessmentId  assessment
     * @param index         computed index
     * @param band          band
     * @param complete      every leaf scored
     * @param officialIndex published index, if stored
     * @param officialRank  published rank, if stored
     */
    @Schema(name = "ParRankingItem", description = "A unit's place (thứ hạng) in its block")
    public record Item(Integer rank, boolean tied, String unitCode, String unitName, Long assessmentId, BigDecimal index,
                       String band, boolean complete, BigDecimal officialIndex, Integer officialRank) {
    }
}
