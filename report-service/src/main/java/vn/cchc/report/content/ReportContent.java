package vn.cchc.report.content;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The content of a periodic CCHC report (báo cáo CCHC định kỳ) in the order of the Ministry of Home
 * Affairs' outline (Đề cương báo cáo, Công văn 4625/BNV-CCHC ngày 02/7/2025, which the 2026 plans cite):
 * <ol>
 * <li>{@link #direction} — I. Công tác chỉ đạo, điều hành CCHC (directing and organising the work);</li>
 * <li>{@link #areas} — II. Kết quả thực hiện các nhiệm vụ CCHC, one entry per reform area 2..7;</li>
 * <li>{@link #targets} — the target table (Phụ lục: kết quả thực hiện các chỉ tiêu) and {@link #indexes}
 * (PAR INDEX, SIPAS when the plan measures them);</li>
 * <li>{@link #assessment} — III. Đánh giá chung: ưu điểm, tồn tại, hạn chế, nguyên nhân;</li>
 * <li>{@link #nextPeriod} — IV. Phương hướng, nhiệm vụ trọng tâm kỳ tới;</li>
 * <li>{@link #proposals} — V. Đề xuất, kiến nghị.</li>
 * </ol>
 * Every number comes from plan-service and kpi-service at assembly ({@code ReportAssembler}); every
 * {@code narrative} field is text the unit's officer writes ({@link Narrative}) and is never overwritten
 * by re-assembly. Serialised as JSON (camelCase, ISO dates, decimals as JSON numbers); the frozen
 * snapshot of a submitted version is exactly this record, and its SHA-256 is taken over the canonical
 * serialisation ({@code ContentHash}). This is also what the DOCX/XLSX renderer and the portals read:
 * fields are only ever added, in a new {@link #format} when their meaning changes.
 *
 * @param format      always {@value #FORMAT}
 * @param header      who reports, under which regime and period, cut-off and sources
 * @param direction   section I
 * @param areas       section II, reform areas 2..7 in their fixed order (Cải cách thể chế … Chính quyền số)
 * @param targets     the target table of the unit's plan, judged as of the cut-off end
 * @param indexes     PAR INDEX and SIPAS values among the targets; empty when the plan does not measure them
 * @param assessment  section III
 * @param nextPeriod  section IV
 * @param proposals   section V
 */
@Schema(name = "ReportContent", description = "A periodic CCHC report (báo cáo CCHC định kỳ) in the outline of Công văn 4625/BNV-CCHC: "
        + "I. chỉ đạo, điều hành; II. kết quả theo lĩnh vực; bảng chỉ tiêu; III. đánh giá chung; IV. phương hướng kỳ tới; V. đề xuất, kiến nghị")
public record ReportContent(
        @Schema(example = FORMAT) String format,
        ReportHeader header,
        DirectionSection direction,
        List<AreaSection> areas,
        TargetTable targets,
        List<IndexValue> indexes,
        Assessment assessment,
        NextPeriod nextPeriod,
        Proposals proposals) {

    /** The format tag of this version of the content. */
    public static final String FORMAT = "cchc-report/1";

    /**
     * I. Công tác chỉ đạo, điều hành CCHC: the officer's account and the tasks of the reform area
     * "Công tác chỉ đạo, điều hành" (area 1 of every plan).
     *
     * @param narrative the officer's text (ban hành kế hoạch, kiểm tra, tuyên truyền…), may be null
     * @param tasks     the area's tasks as of the cut-off end
     */
    @Schema(name = "ReportDirection", description = "I. Công tác chỉ đạo, điều hành CCHC")
    public record DirectionSection(String narrative, TaskFigures tasks) {
    }

    /**
     * II. Kết quả thực hiện: one reform area.
     *
     * @param area      the area's code: INSTITUTIONS, PROCEDURES, ORGANIZATION, CIVIL_SERVICE, PUBLIC_FINANCE, DIGITAL_GOVERNMENT
     * @param number    its number in every plan, 2..7
     * @param title     its Vietnamese title, e.g. "Cải cách thủ tục hành chính"
     * @param narrative the officer's text for the area, may be null
     * @param tasks     the area's tasks as of the cut-off end
     * @param targets   the area's target measures per status
     */
    @Schema(name = "ReportArea", description = "II. Kết quả thực hiện CCHC của một lĩnh vực")
    public record AreaSection(String area, int number, String title, String narrative, TaskFigures tasks, TargetCounts targets) {
    }

    /**
     * III. Đánh giá chung.
     *
     * @param strengths   ưu điểm (officer)
     * @param limitations tồn tại, hạn chế (officer)
     * @param causes      nguyên nhân (officer)
     * @param tasks       every task of the plan as of the cut-off end (the numbers the assessment rests on)
     * @param targets     every target measure per status
     */
    @Schema(name = "ReportAssessment", description = "III. Đánh giá chung: ưu điểm, tồn tại hạn chế, nguyên nhân")
    public record Assessment(String strengths, String limitations, String causes, TaskCounts tasks, TargetCounts targets) {
    }

    /**
     * IV. Phương hướng, nhiệm vụ kỳ tới.
     *
     * @param narrative the officer's text
     * @param upcoming  tasks not done whose due date falls after the cut-off end and within three months of it,
     *                  then the tasks overdue at the cut-off end (to be caught up)
     */
    @Schema(name = "ReportNextPeriod", description = "IV. Phương hướng, nhiệm vụ trọng tâm kỳ tới")
    public record NextPeriod(String narrative, List<TaskLine> upcoming) {
    }

    /**
     * V. Đề xuất, kiến nghị.
     *
     * @param narrative the officer's text
     */
    @Schema(name = "ReportProposals", description = "V. Đề xuất, kiến nghị")
    public record Proposals(String narrative) {
    }
}
