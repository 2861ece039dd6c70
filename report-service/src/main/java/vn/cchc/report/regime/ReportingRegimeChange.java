package vn.cchc.report.regime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/reporting-regimes/{id}}: the name, basis and the full list of periods,
 * which replaces the stored one (a period is matched by its code). Unit and year never change: a
 * regime for another unit or year is a new regime.
 *
 * @param name    Vietnamese name
 * @param basis   the document that sets the regime, optional
 * @param periods one to 24 periods with distinct codes of the regime's year
 */
@Schema(name = "ReportingRegimeChange", description = "New name, basis and periods of a regime (sửa chế độ báo cáo).")
public record ReportingRegimeChange(
        @NotBlank @Size(max = 255)
        @Schema(description = "Vietnamese name (tên chế độ báo cáo)", example = "Chế độ báo cáo CCHC định kỳ năm 2026", required = true)
        String name,
        @Size(max = 1000)
        @Schema(description = "The document that sets the regime (căn cứ)")
        String basis,
        @NotEmpty @Size(max = 24)
        @Schema(description = "Reporting periods (các kỳ báo cáo); replaces the stored list", required = true)
        List<@NotNull @Valid RegimePeriod> periods) implements RegimeDefinition {
}
