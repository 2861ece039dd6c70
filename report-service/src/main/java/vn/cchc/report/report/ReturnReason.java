package vn.cchc.report.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Body of {@code POST /api/v1/reports/{id}/return}.
 *
 * @param reason why the leader returns the report (lý do trả lại), shown to the officer
 */
@Schema(name = "ReturnReason", description = "Why a report is returned (lý do trả lại)")
public record ReturnReason(
        @NotBlank @Size(max = 4000) @Schema(example = "Bổ sung kết quả tuyên truyền CCHC quý I", required = true) String reason) {
}
