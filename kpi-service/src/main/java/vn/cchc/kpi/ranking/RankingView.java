package vn.cchc.kpi.ranking;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A ranking of sibling units ({@code GET /api/v1/rankings}).
 *
 * @param parent      parent unit code
 * @param year        year
 * @param by          criterion
 * @param description what the value is
 * @param items       ranked units first (1, 2, 2, 4 on ties), then the unranked ones
 */
@Schema(name = "Ranking", description = "Ranking of sibling units (xếp hạng các đơn vị cùng cấp)")
public record RankingView(@Schema(example = "HN") String parent, @Schema(example = "2026") int year,
                          @Schema(example = "SIPAS") String by, String description, List<Item> items) {

    /**
     * @param rank   1 = best; equal values share a rank; null without a value
     * @param unit   unit code
     * @param name   unit name
     * @param value  the value
     * @param source where it comes from
     * @param detail short explanation
     */
    @Schema(name = "RankingItem")
    public record Item(@Schema(example = "1") Integer rank, @Schema(example = "HN-BADINH") String unit, @Schema(example = "Phường Ba Đình") String name,
                       @Schema(example = "88.5") BigDecimal value, @Schema(example = "PUBLISHED") String source, String detail) {
    }
}
