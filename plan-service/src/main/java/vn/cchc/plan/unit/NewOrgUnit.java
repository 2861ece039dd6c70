package vn.cchc.plan.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/units}.
 *
 * @param code       new unique code
 * @param name       Vietnamese name
 * @param level      level in the tree
 * @param parentCode parent unit; null only for a province-level root (admin only)
 * @param aliases    other names documents use for it, may be null
 */
@Schema(name = "NewOrgUnit", description = "A unit to add to the registry (thêm đơn vị).")
public record NewOrgUnit(
        @NotBlank @Size(max = 64) @Pattern(regexp = OrgUnitService.CODE_PATTERN,
                message = "must be upper-case letters and digits in hyphen-separated groups, e.g. HN-BADINH")
        @Schema(description = "Unit code (mã đơn vị)", example = "HN-BADINH", required = true)
        String code,
        @NotBlank @Size(max = 255)
        @Schema(description = "Vietnamese name (tên đơn vị)", example = "Phường Ba Đình", required = true)
        String name,
        @NotNull
        @Schema(description = "Level (cấp đơn vị)", example = "WARD", required = true)
        OrgUnitLevel level,
        @Size(max = 64)
        @Schema(description = "Parent unit code (đơn vị cấp trên)", example = "HN")
        String parentCode,
        @Size(max = 50)
        @Schema(description = "Other names documents use for the unit (tên gọi khác)", example = "[\"Phòng VHXH\"]")
        List<@NotBlank @Size(max = 255) String> aliases) {
}
