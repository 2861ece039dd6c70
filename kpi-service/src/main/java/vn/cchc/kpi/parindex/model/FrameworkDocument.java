package vn.cchc.kpi.parindex.model;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

/**
 * A whole PAR INDEX framework (bộ tiêu chí Chỉ số CCHC) as created, imported and stored: the body of
 * {@code POST /api/v1/par-index/frameworks}. Checked by
 * {@link vn.cchc.kpi.parindex.rules.FrameworkValidator}.
 *
 * @param issuer     unit code of the issuer (e.g. {@code HN} for Hà Nội's QĐ 5666) or {@code BNV} for the
 *                   Ministry of Home Affairs
 * @param year       first index year it applies to
 * @param lastYear   last index year it applies to, null when open ("năm 2025 và các năm tiếp theo")
 * @param block      the peer block it scores
 * @param title      Vietnamese title
 * @param decision   the issuing decision, e.g. "QĐ 5666/QĐ-UBND ngày 17/11/2025"
 * @param maxPoints  total of the areas' maxima, e.g. 100 (bonus points come on top)
 * @param bands      ranking groups
 * @param areas      areas (lĩnh vực) with their criteria
 * @param bonus      bonus points (điểm cộng), leaves outside the maximum
 * @param assumption true when parts of the framework are assumed (see the nodes' flags)
 * @param note       sources and assumptions
 */
@Schema(name = "ParFrameworkDocument", description = "A whole PAR INDEX framework (bộ tiêu chí Chỉ số CCHC): areas → criteria → sub-criteria, bands, bonus points")
public record FrameworkDocument(String issuer, Integer year, Integer lastYear, PeerBlock block, String title,
                                String decision, BigDecimal maxPoints, List<Band> bands, List<FrameworkNode> areas,
                                List<FrameworkNode> bonus, Boolean assumption, String note) {

    /** @return the areas, never null */
    public List<FrameworkNode> areaList() {
        return areas == null ? List.of() : areas;
    }

    /** @return the bonus leaves, never null */
    public List<FrameworkNode> bonusList() {
        return bonus == null ? List.of() : bonus;
    }
}
