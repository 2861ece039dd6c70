package vn.cchc.report.regime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/reporting-regimes}.
 *
 * @param unitCode issuing unit, which the caller must manage
 * @param year     year the regime applies to, 2000..2100
 * @param name     Vietnamese name
 * @param code     short code, default {@code CCHC}; unique with unit and year
 * @param portal   portal connector name, optional
 * @param owedBy   units owing the regime, optional (default: the issuer's direct children)
 * @param basis    the document that sets the regime, optional
 * @param periods  one to 24 periods with distinct codes of that year
 */
@Schema(name = "NewReportingRegime", description = "A reporting regime to issue for a unit and year (ban hành chế độ báo cáo).")
public record NewReportingRegime(
        @NotBlank @Size(max = 64)
        @Schema(description = "Code of the issuing unit (đơn vị ban hành), as in plan-service's registry", example = "HN", required = true)
        String unitCode,
        @NotNull @Min(2000) @Max(2100)
        @Schema(description = "Year (năm)", example = "2026", required = true)
        Integer year,
        @NotBlank @Size(max = 255)
        @Schema(description = "Vietnamese name (tên chế độ báo cáo)", example = "Chế độ báo cáo CCHC định kỳ năm 2026", required = true)
        String name,
        @Size(max = 32) @Pattern(regexp = "^[A-Z0-9][A-Z0-9-]{0,31}$", message = "must be upper-case letters, digits and -")
        @Schema(description = "Short code telling apart the regimes a unit issues in one year (mã chế độ báo cáo); default CCHC",
                example = "CCHC")
        String code,
        @Size(max = 64) @Pattern(regexp = "^[a-z0-9][a-z0-9-]{0,63}$", message = "must be a connector name: lower-case letters, digits, -")
        @Schema(description = "Portal connector the approved reports are sent to (cổng/hệ thống thông tin báo cáo); absent when reports are filed by hand",
                example = "hanoi-cchc")
        String portal,
        @Size(max = 500)
        @Schema(description = "Codes of the units that owe the regime's reports (đơn vị thực hiện báo cáo); absent = every direct child of the "
                + "issuing unit. Each must lie below the issuing unit.", example = "[\"HN-SNV\", \"HN-STP\"]")
        List<@NotBlank @Size(max = 64) String> owedBy,
        @Size(max = 1000)
        @Schema(description = "The document that sets the regime (căn cứ)",
                example = "Kế hoạch CCHC nhà nước năm 2026 của thành phố Hà Nội, mục 3. Thời gian báo cáo và phương thức gửi báo cáo")
        String basis,
        @NotEmpty @Size(max = 24)
        @Schema(description = "Reporting periods (các kỳ báo cáo), codes unique within the regime", required = true)
        List<@NotNull @Valid RegimePeriod> periods) implements RegimeDefinition {

    /** @return the code, {@link ReportingRegime#DEFAULT_CODE} when none was given */
    public String codeOrDefault() {
        return code == null || code.isBlank() ? ReportingRegime.DEFAULT_CODE : code;
    }
}
