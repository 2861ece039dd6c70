package vn.cchc.report.regime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/reporting-regimes/{id}}: the name, basis and the full list of periods,
 * which replaces the stored one (a period is matched by its code). Unit, year and code never change: a
 * regime for another unit or year is a new regime.
 *
 * @param name    Vietnamese name
 * @param portal  portal connector name, optional
 * @param owedBy  units owing the regime, optional (default: the issuer's direct children)
 * @param basis   the document that sets the regime, optional
 * @param periods one to 24 periods with distinct codes of the regime's year
 */
@Schema(name = "ReportingRegimeChange", description = "New name, basis and periods of a regime (sửa chế độ báo cáo).")
public record ReportingRegimeChange(
        @NotBlank @Size(max = 255)
        @Schema(description = "Vietnamese name (tên chế độ báo cáo)", example = "Chế độ báo cáo CCHC định kỳ năm 2026", required = true)
        String name,
        @Size(max = 64) @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,63}$", message = "must be a connector name: lower-case letters, digits, -")
        @Schema(description = "Portal connector the approved reports are sent to (cổng/hệ thống thông tin báo cáo); absent when reports are filed by hand",
                example = "hanoi-cchc")
        String portal,
        @Size(max = 500)
        @Schema(description = "Codes of the units that owe the regime's reports (đơn vị thực hiện báo cáo); absent = every direct child of the "
                + "issuing unit. Each must lie below the issuing unit.", example = "[\"HN-SNV\", \"HN-STP\"]")
        List<@NotBlank @Size(max = 64) String> owedBy,
        @Size(max = 1000)
        @Schema(description = "The document that sets the regime (căn cứ)")
        String basis,
        @NotEmpty @Size(max = 24)
        @Schema(description = "Reporting periods (các kỳ báo cáo); replaces the stored list", required = true)
        List<@NotNull @Valid RegimePeriod> periods) implements RegimeDefinition {
}
