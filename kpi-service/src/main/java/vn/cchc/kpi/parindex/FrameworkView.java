package vn.cchc.kpi.parindex;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.kpi.parindex.model.FrameworkDocument;
import vn.cchc.kpi.parindex.model.PeerBlock;

/**
 * A framework as the API returns it: its key, and in single reads the whole document.
 *
 * @param id          id
 * @param issuer      issuer (unit code or BNV)
 * @param year        first index year
 * @param lastYear    last index year, null when open
 * @param block       peer block
 * @param edition     edition of (issuer, year, block)
 * @param title       title
 * @param maxPoints   maximum points
 * @param assumption  whether parts are assumed
 * @param usedBy      number of assessments using it (then it is never changed; create a new edition)
 * @param version     optimistic-lock version (ETag)
 * @param createdAt   creation time
 * @param createdBy   author
 * @param document    the whole framework; absent in lists
 */
@Schema(name = "ParFramework", description = "A PAR INDEX framework (bộ tiêu chí Chỉ số CCHC) of an issuer, year and peer block.")
public record FrameworkView(Long id, String issuer, int year, Integer lastYear, PeerBlock block, int edition, String title,
                            BigDecimal maxPoints, boolean assumption, long usedBy, long version, Instant createdAt,
                            String createdBy, @JsonInclude(JsonInclude.Include.NON_NULL) FrameworkDocument document) {

    static FrameworkView of(ParFramework f, FrameworkDocument d, long usedBy, boolean withDocument) {
        return new FrameworkView(f.id, f.issuer, f.year, f.lastYear, f.block, f.edition, f.title, f.maxPoints,
                Boolean.TRUE.equals(d.assumption()), usedBy, f.version, f.createdAt, f.createdBy, withDocument ? d : null);
    }
}
