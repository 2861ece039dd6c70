package vn.cchc.plan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.cchc.plan.area.ReformArea;

/**
 * A plan as the API returns it, without its targets and tasks (read those from
 * {@code /api/v1/targets?plan=} and {@code /api/v1/tasks?plan=}).
 */
@Schema(name = "Plan", description = "A yearly reform plan (kế hoạch cải cách hành chính)")
public record PlanView(
        @Schema(example = "101") long id,
        @Schema(description = "Issuing unit (đơn vị)", example = "HN-BADINH") String unitCode,
        @Schema(example = "2026") int year,
        @Schema(description = "Title (tên kế hoạch)", example = "Kế hoạch Cải cách hành chính nhà nước năm 2026 của phường Ba Đình") String title,
        @Schema(description = "Document number (số văn bản); absent in a draft", example = "25/KH-UBND") String documentNumber,
        @Schema(description = "Issue date (ngày ban hành)") LocalDate documentDate,
        @Schema(description = "Issuing body (cơ quan ban hành)", example = "Ủy ban nhân dân phường Ba Đình") String issuer,
        @Schema(description = "Status (trạng thái)") PlanStatus status,
        @Schema(description = "Id of the parent plan it concretises (kế hoạch cấp trên)") Long parentId,
        @Schema(description = "Source of the data", example = "000_0976ec7a97aa8993.txt") String source,
        @Schema(description = "Groups of targets and tasks in document order") List<GroupView> groups,
        @Schema(description = "Version for If-Match") long version,
        Instant updatedAt) {

    /**
     * @param key   the document's numbering
     * @param area  reform area, absent for a group of the plan's own
     * @param label label as written
     */
    @Schema(name = "PlanGroup", description = "A group of targets and tasks (nhóm nhiệm vụ) as the document labels it")
    public record GroupView(
            @Schema(example = "3") String key,
            ReformArea area,
            @Schema(example = "Cải cách thủ tục hành chính") String label) {
    }

    static PlanView of(Plan p) {
        return new PlanView(p.id, p.unit.code, p.year, p.title, p.documentNumber, p.documentDate, p.issuer,
                p.status, p.parent == null ? null : p.parent.id, p.source,
                p.groups.stream().map(g -> new GroupView(g.key, g.area, g.label)).toList(),
                p.version, p.updatedAt);
    }
}
