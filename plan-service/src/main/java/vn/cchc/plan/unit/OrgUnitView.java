package vn.cchc.plan.unit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * An org unit as the API returns it.
 *
 * @param code       unit code (mã đơn vị)
 * @param name       Vietnamese name (tên đơn vị), NFC
 * @param level      level in the tree (cấp)
 * @param parentCode code of the parent unit (đơn vị cấp trên); null for a province-level root
 * @param path       codes from the root to this unit
 * @param aliases    other names documents use for the unit
 * @param version    optimistic-lock version, also sent as the ETag
 * @param updatedAt  last change
 */
@Schema(name = "OrgUnit", description = "An org unit (đơn vị): province-level city, department (Sở), ward or commune (phường, xã), division (Phòng) or centre.")
public record OrgUnitView(
        @Schema(description = "Unit code (mã đơn vị); upper-case letters, digits and hyphens, the parent's code as prefix by convention", example = "HN-BADINH")
        String code,
        @Schema(description = "Vietnamese name (tên đơn vị), stored NFC", example = "Phường Ba Đình")
        String name,
        @Schema(description = "Level in the administrative tree (cấp đơn vị)")
        OrgUnitLevel level,
        @Schema(description = "Code of the parent unit (đơn vị cấp trên); absent for a province-level root", example = "HN")
        String parentCode,
        @Schema(description = "Codes from the root to this unit", example = "[\"HN\", \"HN-BADINH\"]")
        List<String> path,
        @Schema(description = "Other names documents use for it (tên gọi khác)", example = "[\"Phòng VHXH\"]")
        List<String> aliases,
        @Schema(description = "Version for optimistic locking; send it back in If-Match", example = "0")
        long version,
        @Schema(description = "Time of the last change")
        Instant updatedAt) {

    static OrgUnitView of(OrgUnit u) {
        return new OrgUnitView(u.code, u.name, u.level, u.parent == null ? null : u.parent.code,
                u.pathCodes(), u.aliases.stream().map(a -> a.alias).toList(), u.version, u.updatedAt);
    }
}
