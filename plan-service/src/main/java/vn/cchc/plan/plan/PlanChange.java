package vn.cchc.plan.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/plans/{id}}: the plan's header. Issuing a draft sets number and date.
 *
 * @param title          title
 * @param documentNumber số văn bản
 * @param documentDate   ngày ban hành
 * @param status         new status (DRAFT → ISSUED → CLOSED)
 * @param reason         why the plan changed (lý do điều chỉnh), kept with the revision
 */
@Schema(name = "PlanChange", description = "New header of a plan (điều chỉnh kế hoạch)")
public record PlanChange(
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 100) @Schema(example = "25/KH-UBND") String documentNumber,
        LocalDate documentDate,
        @NotNull PlanStatus status,
        @Size(max = 1000) @Schema(example = "Ban hành kế hoạch") String reason) {
}
