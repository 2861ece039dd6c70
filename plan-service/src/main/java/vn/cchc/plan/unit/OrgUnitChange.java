package vn.cchc.plan.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/units/{code}}: the editable fields. Code and parent do not change here
 * (a re-parenting is a reorganisation, recorded separately).
 *
 * @param name  new Vietnamese name
 * @param level new level
 */
@Schema(name = "OrgUnitChange", description = "New name and level of a unit (sửa đơn vị).")
public record OrgUnitChange(
        @NotBlank @Size(max = 255)
        @Schema(description = "Vietnamese name (tên đơn vị)", example = "Phường Ba Đình", required = true)
        String name,
        @NotNull
        @Schema(description = "Level (cấp đơn vị)", example = "WARD", required = true)
        OrgUnitLevel level) {
}
