package vn.cchc.kpi.sipas;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the SIPAS API (in and out). */
public final class SipasApi {

    /** The 5-level scale, level 1 first. */
    public static final List<String> SCALE = List.of("Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng");

    private SipasApi() {
    }

    /** A new survey definition. */
    @Schema(name = "NewSipasSurvey", description = "A SIPAS survey definition (bộ câu hỏi khảo sát): the five elements, each with questions on the 5-level scale")
    public record NewSurvey(
            @Schema(description = "Code (mã phiếu), upper case, digits, - or _", example = "SIPAS-YTE") String code,
            @Schema(description = "Vietnamese name (tên phiếu)", example = "Phiếu khảo sát sự hài lòng của người dân đối với dịch vụ y tế công") String nameVi,
            @Schema(description = "Sector (lĩnh vực)") Sector sector,
            @Schema(description = "Description (mô tả)") String description,
            @Schema(description = "Elements (yếu tố), each code once; ACCESS, PROCEDURES, OFFICIALS, RESULTS, FEEDBACK") List<NewElement> elements) {
    }

    /** A new element. */
    @Schema(name = "NewSipasElement")
    public record NewElement(SipasElementCode code, @Schema(example = "Tiếp cận dịch vụ") String nameVi, List<NewQuestion> questions) {
    }

    /** A new question. */
    @Schema(name = "NewSipasQuestion")
    public record NewQuestion(@Schema(description = "Code, unique in the survey", example = "ACCESS_1") String code,
                              @Schema(description = "Question text (câu hỏi)", example = "Nơi ngồi chờ có đủ chỗ ngồi") String textVi) {
    }

    /** A survey definition as read back. */
    @Schema(name = "SipasSurvey", description = "A SIPAS survey definition (bộ câu hỏi khảo sát)")
    public record SurveyView(@Schema(example = "SIPAS-TTHC") String code, String nameVi, Sector sector, String description,
                             @Schema(description = "Unit of the supervisor who created it; null for the shipped default") String ownerUnitCode,
                             @Schema(description = "The 5-level scale, level 1 first (thang đo 5 mức)") List<String> scale,
                             List<ElementView> elements, long version, Instant createdAt) {

        static SurveyView of(SipasSurvey s) {
            return new SurveyView(s.code, s.nameVi, s.sector, s.description, s.ownerUnitCode, SCALE,
                    s.elements.stream().map(e -> new ElementView(e.code, e.nameVi,
                            e.questions.stream().map(q -> new QuestionView(q.code, q.textVi)).toList())).toList(),
                    s.version, s.createdAt);
        }
    }

    /** An element as read back. */
    @Schema(name = "SipasElement")
    public record ElementView(SipasElementCode code, String nameVi, List<QuestionView> questions) {
    }

    /** A question as read back. */
    @Schema(name = "SipasQuestion")
    public record QuestionView(String code, String textVi) {
    }

    /**
     * One anonymous questionnaire. No personal data: any field other than these is refused (400), and
     * there is no free text at all.
     */
    @Schema(name = "NewSipasResponse", description = "One anonymous questionnaire (phiếu khảo sát): no name, phone, address or free text is accepted")
    public record NewResponse(
            @Schema(description = "Unit surveyed (đơn vị được khảo sát)", example = "HN-BADINH") String unitCode,
            @Schema(description = "Period (kỳ khảo sát): 2026, 2026-H1, 2026-Q2, 2026-05; must have started", example = "2026-Q1") String period,
            @Schema(description = "Collection channel (kênh khảo sát)") Channel channel,
            @Schema(description = "Whether the respondent used an online public service (đã sử dụng DVC trực tuyến)") Boolean onlineService,
            @Schema(description = "Question code → level 1..5 (1 = Rất không hài lòng … 5 = Rất hài lòng); unanswered questions are left out",
                    example = "{\"ACCESS_1\": 4, \"PROC_1\": 5}") Map<String, Integer> answers) {
    }

    /** What a batch of responses did. */
    @Schema(name = "SipasBatchResult")
    public record BatchResult(@Schema(description = "Checked only, nothing written") boolean dryRun, int responses, long answers,
                              @Schema(description = "Id shared by the batch's responses; null on a dry run") String batchId) {
    }

    /** Sample size. */
    @Schema(name = "SipasSampleSize", description = "Sample size (cỡ mẫu) n = N ÷ (1 + N·e²), rounded up (QĐ 1383/QĐ-BNV training material)")
    public record SampleSize(@Schema(example = "10000") long population, @Schema(example = "0.05") BigDecimal margin,
                             @Schema(example = "385") long sampleSize) {
    }

    /** A published value in. */
    @Schema(name = "NewSipasPublished", description = "The officially published value (giá trị công bố chính thức)")
    public record NewPublished(@Schema(example = "87.12") BigDecimal value,
                               @Schema(description = "Publishing document (văn bản công bố)", example = "QĐ 1234/QĐ-BNV") String document,
                               @Schema(example = "2027-03-20") LocalDate publishedOn) {
    }

    /** A published value out. */
    @Schema(name = "SipasPublished")
    public record PublishedView(@Schema(example = "HN") String unitCode, @Schema(example = "2026") int year,
                                @Schema(description = "SIPAS or DVC_ONLINE_SATISFACTION") String indicatorCode,
                                BigDecimal value, String document, LocalDate publishedOn, long version, Instant updatedAt, String updatedBy) {

        static PublishedView of(SipasPublished p) {
            return p == null ? null : new PublishedView(p.unitCode, p.year, p.indicatorCode, p.value, p.document, p.publishedOn,
                    p.version, p.updatedAt, p.updatedBy);
        }
    }

    /** Results of a unit (or roll-up) for a period. */
    @Schema(name = "SipasResults", description = "SIPAS results (kết quả đo lường sự hài lòng) of a unit for a period")
    public record Results(
            @Schema(example = "HN-BADINH") String unitCode,
            @Schema(example = "2026") String period,
            LocalDate from, LocalDate to,
            @Schema(description = "Only this survey definition; null = all definitions pooled per element") String survey,
            Formula formula,
            @Schema(description = "Lowest level counted as satisfied (THRESHOLD)", example = "4") int satisfiedFrom,
            @Schema(description = "Whether the unit's direct children's responses are pooled in (ratio of summed counts)") boolean rollup,
            @Schema(description = "Questionnaires counted") long responses,
            @Schema(description = "Computed SIPAS (%): mean of the elements' rates", example = "82.5") BigDecimal computed,
            @Schema(description = "Satisfaction with online public services (%) (tỷ lệ hài lòng khi sử dụng DVC trực tuyến): the same "
                    + "computation over respondents who used an online service; plans target ≥ 90 %") OnlineRate onlineServices,
            @Schema(description = "Officially published SIPAS of the period's year, if stored") PublishedView published,
            @Schema(description = "The authoritative value: published when present, else computed", example = "82.5") BigDecimal official,
            List<SipasCalculator.ElementResult> elements,
            @Schema(description = "Roll-up: each unit's own contribution") List<UnitContribution> units) {
    }

    /** Online services rate. */
    @Schema(name = "SipasOnlineRate")
    public record OnlineRate(long responses, BigDecimal computed, PublishedView published, BigDecimal official) {
    }

    /** One unit's contribution to a roll-up. */
    @Schema(name = "SipasUnitContribution")
    public record UnitContribution(String unitCode, String name, long responses, BigDecimal computed) {
    }
}
