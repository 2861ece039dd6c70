package vn.cchc.report.feed;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Answer of {@code GET /api/v1/reports/released}.
 *
 * @param parent       the parent asked for
 * @param periodCode   the period asked for, may be null
 * @param updatedSince the lower bound asked for, may be null
 * @param latest       the newest updatedAt among the items: pass it as the next updatedSince
 * @param items        approved and sent versions, by unit and period
 */
@Schema(name = "ReleasedReports", description = "Approved and sent report versions under a parent unit (for city systems)")
public record ReleasedPage(String parent, String periodCode, Instant updatedSince, Instant latest, List<ReleasedReport> items) {
}
