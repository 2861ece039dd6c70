package vn.cchc.report.regime;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reporting regime as the API returns it.
 *
 * @param id        identifier
 * @param unitCode  issuing unit (đơn vị ban hành)
 * @param year      year (năm)
 * @param name      Vietnamese name, NFC
 * @param code      short code, e.g. CCHC
 * @param portal    portal connector name, may be null
 * @param owedBy    units owing the regime, null = the issuer's direct children
 * @param basis     the document that sets the regime, may be null
 * @param periods   periods ordered by due date
 * @param version   optimistic-lock version, also sent as the ETag
 * @param updatedAt last change
 */
@Schema(name = "ReportingRegime", description = "A reporting regime (chế độ báo cáo) of a unit for a year: periods, data cut-off windows, due dates.")
public record ReportingRegimeView(
        @Schema(description = "Identifier", example = "1")
        long id,
        @Schema(description = "Code of the issuing unit (đơn vị ban hành)", example = "HN")
        String unitCode,
        @Schema(description = "Year (năm)", example = "2026")
        int year,
        @Schema(description = "Vietnamese name (tên chế độ báo cáo), stored NFC", example = "Chế độ báo cáo CCHC định kỳ năm 2026")
        String name,
        @Schema(description = "Short code telling apart a unit's regimes of one year (mã chế độ báo cáo)", example = "CCHC")
        String code,
        @Schema(description = "Portal connector the approved reports are sent to; null when filed by hand", example = "hanoi-cchc")
        String portal,
        @Schema(description = "Units owing the regime; null = every direct child of the issuing unit")
        List<String> owedBy,
        @Schema(description = "The document that sets the regime (căn cứ)")
        String basis,
        @Schema(description = "Reporting periods (các kỳ báo cáo), ordered by due date")
        List<RegimePeriod> periods,
        @Schema(description = "Version for optimistic locking; send it back in If-Match", example = "0")
        long version,
        @Schema(description = "Time of the last change")
        Instant updatedAt) {

    static ReportingRegimeView of(ReportingRegime r) {
        return new ReportingRegimeView(r.id, r.unitCode, r.year, r.name, r.code, r.portal, r.owedBy, r.basis,
                r.periods.stream().map(RegimePeriod::of).toList(), r.version, r.updatedAt);
    }
}
