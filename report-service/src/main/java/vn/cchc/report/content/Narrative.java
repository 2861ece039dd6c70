package vn.cchc.report.content;

import jakarta.validation.constraints.Size;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The parts of a report its officer writes (phần nội dung do cán bộ soạn): body of
 * {@code PUT /api/v1/reports/{id}/narrative}. Text only; no number of the report can be set here.
 *
 * @param direction   I. chỉ đạo, điều hành
 * @param areas       II. per reform area code (INSTITUTIONS … DIGITAL_GOVERNMENT)
 * @param strengths   III. ưu điểm
 * @param limitations III. tồn tại, hạn chế
 * @param causes      III. nguyên nhân
 * @param nextPeriod  IV. phương hướng kỳ tới
 * @param proposals   V. đề xuất, kiến nghị
 */
@Schema(name = "ReportNarrative", description = "Phần nội dung do cán bộ soạn: chỉ đạo điều hành, kết quả từng lĩnh vực, đánh giá, phương hướng, kiến nghị")
public record Narrative(
        @Size(max = 20_000) @Schema(example = "UBND phường đã ban hành Kế hoạch CCHC năm 2026 và Kế hoạch tuyên truyền CCHC …") String direction,
        @Size(max = 6) Map<String, @Size(max = 20_000) String> areas,
        @Size(max = 20_000) String strengths,
        @Size(max = 20_000) String limitations,
        @Size(max = 20_000) String causes,
        @Size(max = 20_000) String nextPeriod,
        @Size(max = 20_000) String proposals) {

    /** Nothing written yet. */
    public static final Narrative EMPTY = new Narrative(null, Map.of(), null, null, null, null, null);
}
