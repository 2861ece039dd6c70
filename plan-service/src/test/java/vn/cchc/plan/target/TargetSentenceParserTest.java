package vn.cchc.plan.target;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.cchc.plan.target.Comparator.AT_LEAST;
import static vn.cchc.plan.target.Comparator.AT_MOST;
import static vn.cchc.plan.target.Comparator.EQUAL;
import static vn.cchc.plan.target.Comparator.INCREASE_BY_AT_LEAST;
import static vn.cchc.plan.target.Comparator.RANK_AT_MOST;
import static vn.cchc.plan.target.Comparator.REDUCE_BY_AT_LEAST;
import static vn.cchc.plan.target.Comparator.TOP_GROUP;
import static vn.cchc.plan.target.MeasureUnit.COUNT;
import static vn.cchc.plan.target.MeasureUnit.DAYS;
import static vn.cchc.plan.target.MeasureUnit.PERCENT;
import static vn.cchc.plan.target.MeasureUnit.POINTS;
import static vn.cchc.plan.target.MeasureUnit.RANK;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.common.text.VietnameseText;

/**
 * {@link TargetSentenceParser} against every target sentence of the three 2026 plans in
 * {@code shared/seeds/}: each "- " bullet under "Chỉ tiêu kết quả cần đạt được" of Hà Nội (HN, 003; PDF
 * lines joined) and Ba Đình (BD, 000), and the "Một số chỉ tiêu chủ yếu" list a)–f) of Hải Dương (HD,
 * 002), numbered in order of appearance. Sentences the parser leaves flagged (nothing measurable) are
 * listed with {@code flagged(...)}, so this file documents exactly which seed targets need a person.
 */
class TargetSentenceParserTest {

    private static final String TTHC_ON_TIME = "TTHC_ON_TIME";
    private static final String DVC_FULL_ONLINE = "DVC_FULL_ONLINE";
    private static final String TTHC_ONLINE_PAYMENT = "TTHC_ONLINE_PAYMENT";
    private static final String TTHC_DIGITISED = "TTHC_DIGITISED";
    private static final String PAKN_ON_TIME = "PAKN_ON_TIME";
    private static final String SIPAS = "SIPAS";
    private static final String PAR_INDEX = "PAR_INDEX";
    private static final String PAR_INDEX_RANK = "PAR_INDEX_RANK";

    /** An expected measure; the clause is checked separately. */
    private record M(Comparator comparator, BigDecimal value, MeasureUnit unit, String indicator, Integer baseline) {
    }

    /** A seed target sentence and what must be read from it (empty: flagged). */
    private record Target(String ref, String sentence, List<M> measures) {
        @Override
        public String toString() {
            return ref;
        }
    }

    private static M m(Comparator c, Integer value, MeasureUnit unit) {
        return m(c, value, unit, null);
    }

    private static M m(Comparator c, Integer value, MeasureUnit unit, String indicator) {
        return new M(c, value == null ? null : BigDecimal.valueOf(value), unit, indicator, null);
    }

    private static Target t(String ref, String sentence, M... measures) {
        return new Target(ref, sentence, List.of(measures));
    }

    private static Target flagged(String ref, String sentence) {
        return new Target(ref, sentence, List.of());
    }

    static final List<Target> SEED_TARGETS = List.of(
            t("HN 1", "Chỉ số PAR INDEX của Thành phố xếp trong nhóm tỉnh, thành phố đứng đầu cả nước; Chỉ số "
                    + "SIPAS của Thành phố đạt tối thiểu 86%, trong đó đảm bảo từ 90% trở lên người dân, doanh "
                    + "nghiệp đánh giá hài lòng khi sử dụng dịch vụ công (DVC) trực tuyến.",
                    m(TOP_GROUP, null, RANK, PAR_INDEX_RANK), m(AT_LEAST, 86, PERCENT, SIPAS),
                    m(AT_LEAST, 90, PERCENT, "DVC_ONLINE_SATISFACTION")),
            t("HN 2", "Đảm bảo ít nhất 02 cuộc đối thoại trong năm (hội nghị, tọa đàm,…) với người dân, doanh "
                    + "nghiệp để tháo gỡ khó khăn, vướng mắc về các vấn đề liên quan đến thể chế, chính sách, "
                    + "giải quyết công việc liên quan đến người dân và doanh nghiệp quan tâm.",
                    m(AT_LEAST, 2, COUNT, "CITIZEN_DIALOGUES")),
            t("HN 3", "100% các phản ánh, kiến nghị của người dân, tổ chức về TTHC, quy định hành chính được "
                    + "các cơ quan, đơn vị thuộc Thành phố tiếp nhận, xử lý và thông báo công khai kết quả giải "
                    + "quyết kịp thời theo quy định; đồng thời cập nhật, công khai trên ứng dụng iHanoi, Trang "
                    + "thông tin CCHC nhà nước Thành phố.",
                    m(AT_LEAST, 100, PERCENT, PAKN_ON_TIME)),
            t("HN 4", "Đảm bảo 100% các vấn đề phát hiện qua thanh tra, kiểm tra phải được xử lý kịp thời hoặc "
                    + "kiến nghị, đề nghị cơ quan có thẩm quyền xử lý theo quy định pháp luật.",
                    m(AT_LEAST, 100, PERCENT, "INSPECTION_FINDINGS_HANDLED")),
            t("HN 5", "Phấn đấu 100% các văn bản quy phạm pháp luật (VBQPPL) phải được rà soát, sửa đổi, bổ "
                    + "sung, ban hành mới, bảo đảm cơ sở pháp lý đồng bộ cho hoạt động của bộ máy nhà nước theo "
                    + "mô hình chính quyền 2 cấp phù hợp với chủ trương của Trung ương, Luật Tổ chức chính "
                    + "quyền địa phương, Luật Thủ đô.",
                    m(AT_LEAST, 100, PERCENT, "LEGAL_DOCS_REVIEWED")),
            t("HN 6", "Phấn đấu 100% các VBQPPL về phòng, chống tham nhũng; thực hành tiết kiệm, chống lãng "
                    + "phí, các văn bản quy phạm pháp luật liên quan được tuyên truyền, phổ biến giáo dục pháp "
                    + "luật.",
                    m(AT_LEAST, 100, PERCENT, "LEGAL_DOCS_DISSEMINATED")),
            t("HN 7", "Phấn đấu tối thiểu 90% tổng số Nhóm nhiệm vụ, giải pháp trọng tâm đề xuất xây dựng Nghị "
                    + "quyết của HĐND Thành phố được ban hành đảm bảo theo Kế hoạch.",
                    m(AT_LEAST, 90, PERCENT, "COUNCIL_RESOLUTION_TASKS_ISSUED")),
            t("HN 8", "100% các VBQPPL của Thành phố được cập nhật văn bản đầy đủ trên Cơ sở dữ liệu quốc gia "
                    + "về pháp luật.",
                    m(AT_LEAST, 100, PERCENT, "LEGAL_DOCS_IN_NATIONAL_DB")),
            t("HN 9", "Phấn đấu 100% số hồ sơ TTHC được trả kết quả giải quyết đúng hạn, trước hạn. Riêng lĩnh "
                    + "vực tài nguyên môi trường và kế hoạch đầu tư đạt tối thiểu 99% số hồ sơ TTHC được giải "
                    + "quyết đúng hạn.",
                    m(AT_LEAST, 100, PERCENT, TTHC_ON_TIME), m(AT_LEAST, 99, PERCENT, TTHC_ON_TIME)),
            t("HN 10", "100% các TTHC và các quy định liên quan, các TTHC nội bộ (công việc giải quyết ngoài "
                    + "TTHC) được công bố, công khai kèm quy trình giải quyết theo quy định.",
                    m(AT_LEAST, 100, PERCENT, "TTHC_PUBLISHED")),
            t("HN 11", "100% tiến độ và kết quả giải quyết hồ sơ hành chính được công khai trên Cổng DVC quốc "
                    + "gia.",
                    m(AT_LEAST, 100, PERCENT, "DOSSIER_PROGRESS_PUBLIC")),
            t("HN 12", "100% TTHC được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi Thành "
                    + "phố.",
                    m(AT_LEAST, 100, PERCENT, "TTHC_NO_BOUNDARY")),
            t("HN 13", "Tối thiểu 80% thông tin, giấy tờ tài liệu trong các TTHC liên quan sản xuất, kinh doanh "
                    + "chỉ phải cung cấp một lần cho cơ quan nhà nước.",
                    m(AT_LEAST, 80, PERCENT, "TTHC_ONCE_ONLY")),
            t("HN 14", "Giảm tối thiểu 20% thời gian xử lý các quy trình liên thông.",
                    m(REDUCE_BY_AT_LEAST, 20, PERCENT, "LINKED_PROCESSING_DAYS")),
            t("HN 15", "100% các cơ quan hành chính, đơn vị sự nghiệp công lập thuộc Thành phố rà soát, xây "
                    + "dựng, ban hành các quy trình TTHC nội bộ của từng phòng, ban, đơn vị trực thuộc và quy "
                    + "trình TTHC nội bộ phối hợp trong cơ quan, đơn vị.",
                    m(AT_LEAST, 100, PERCENT, "INTERNAL_PROCESSES_ISSUED")),
            t("HN 16", "100% TTHC nội bộ giữa các cơ quan hành chính nhà nước và trong từng cơ quan hành chính "
                    + "nhà nước được rà soát, cắt giảm, đơn giản hóa thủ tục, thời gian giải quyết, chi phí "
                    + "thực hiện và sửa đổi, hoàn thiện để phù hợp với việc thực hiện tinh gọn, sắp xếp bộ máy, "
                    + "đồng thời bảo đảm thông suốt, hiệu quả.",
                    m(AT_LEAST, 100, PERCENT, "INTERNAL_TTHC_SIMPLIFIED")),
            t("HN 17", "100% các cơ quan, đơn vị hoàn thiện quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ "
                    + "chức của các Sở, cơ quan tương đương Sở và các phòng chuyên môn thuộc UBND cấp xã.",
                    m(AT_LEAST, 100, PERCENT, "FUNCTIONS_REGULATED")),
            t("HN 18", "Phấn đấu hoàn thành mục tiêu giảm tối thiểu 20% biên chế cán bộ, công chức, viên chức "
                    + "hưởng lương từ ngân sách Nhà nước theo lộ trình thực hiện của Trung ương.",
                    m(REDUCE_BY_AT_LEAST, 20, PERCENT, "STAFF_ON_BUDGET")),
            flagged("HN 19", "Hoàn thành việc sắp xếp các cơ quan hành chính, đơn vị sự nghiệp công lập, doanh nghiệp "
                    + "nhà nước theo chỉ đạo của Trung ương, Thành phố."),
            t("HN 20", "100% cán bộ, công chức, viên chức được rà soát, bố trí theo vị trí việc làm được Thành "
                    + "phố phê duyệt.",
                    m(AT_LEAST, 100, PERCENT, "STAFF_BY_JOB_POSITION")),
            t("HN 21", "100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng theo vị trí việc làm sau sắp "
                    + "xếp tổ chức bộ máy.",
                    m(AT_LEAST, 100, PERCENT, "STAFF_TRAINED")),
            t("HN 22", "100% cán bộ, công chức, viên chức thuộc diện chuyển đổi vị trí công tác theo Nghị định "
                    + "số 59/2019/NĐ-CP ngày 01/09/2019 của Chính phủ phải được thực hiện nghiêm túc theo quy "
                    + "định.",
                    m(AT_LEAST, 100, PERCENT, "STAFF_ROTATED")),
            t("HN 23", "Hàng năm 100% vốn đầu tư công được phân bổ kịp thời, tuân thủ đúng nguyên tắc, quy định.",
                    m(AT_LEAST, 100, PERCENT, "PUBLIC_INVESTMENT_ALLOCATED")),
            flagged("HN 24", "Phấn đấu các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân "
                    + "sách được xử lý kịp thời theo quy định pháp luật."),
            t("HN 25", "100% cơ quan, đơn vị thuộc phạm vi quản lý thực hiện đúng quy định về quản lý, sử dụng "
                    + "tài sản công và rà soát, chuẩn hóa, cập nhật kịp thời số liệu vào Cơ sở dữ liệu về tài "
                    + "sản công.",
                    m(AT_LEAST, 100, PERCENT, "PUBLIC_ASSETS_COMPLIANT")),
            t("HN 26", "Phấn đấu từ 80% số cơ sở nhà, đất trở lên được phê duyệt phương án sắp xếp lại, xử lý.",
                    m(AT_LEAST, 80, PERCENT, "PROPERTIES_REARRANGED")),
            flagged("HN 27", "Đảm bảo tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp công lập so với năm "
                    + "trước liền kề."),
            t("HN 28", "Phấn đấu 100% hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan nhà nước được "
                    + "thực hiện trên nền tảng quản trị công việc tổng thể và ứng dụng AI trong Hệ thống quản "
                    + "lý văn bản và điều hành.",
                    m(AT_LEAST, 100, PERCENT, "DIRECTION_ON_PLATFORM")),
            t("HN 29", "Phấn đấu 100% các cơ quan nhà nước đạt cấp độ 3 mức độ trưởng thành về quản trị dữ liệu.",
                    m(AT_LEAST, 100, PERCENT, "DATA_GOVERNANCE_LEVEL3")),
            t("HN 30", "100% hồ sơ công việc tại cấp Thành phố, cấp xã được xử lý trên môi trường điện tử (trừ "
                    + "hồ sơ công việc thuộc phạm vi bí mật nhà nước) và sử dụng chữ ký số cá nhân để giải "
                    + "quyết công việc.",
                    m(AT_LEAST, 100, PERCENT, "WORK_FILES_ELECTRONIC")),
            t("HN 31", "100% chế độ báo cáo của các cơ quan được thực hiện trên Hệ thống thông tin báo cáo.",
                    m(AT_LEAST, 100, PERCENT, "REPORTS_ON_REPORTING_SYSTEM")),
            t("HN 32", "100% nhiệm vụ Thành phố giao cho các Sở, ban, ngành, UBND cấp xã được theo dõi, giám "
                    + "sát, đánh giá trên môi trường điện tử.",
                    m(AT_LEAST, 100, PERCENT, "TASKS_MONITORED_ELECTRONIC")),
            t("HN 33", "Phấn đấu 50% hoạt động kiểm tra của cơ quan quản lý nhà nước được thực hiện qua môi "
                    + "trường số và hệ thống thông tin của cơ quan quản lý.",
                    m(AT_LEAST, 50, PERCENT, "INSPECTIONS_DIGITAL")),
            t("HN 34", "Phấn đấu tối thiểu 80% trở lên hồ sơ giải quyết TTHC được số hóa.",
                    m(AT_LEAST, 80, PERCENT, TTHC_DIGITISED)),
            t("HN 35", "Phấn đấu 100% cung cấp DVC trực tuyến toàn trình đối với các TTHC đủ điều kiện (trong "
                    + "đó, tối thiểu 80% DVC toàn trình trên tổng số TTHC áp dụng tại Thành phố).",
                    m(AT_LEAST, 100, PERCENT, DVC_FULL_ONLINE), m(AT_LEAST, 80, PERCENT, DVC_FULL_ONLINE)),
            t("HN 36", "Phấn đấu 100% TTHC được triển khai thanh toán trực tuyến và có phát sinh giao dịch thanh "
                    + "toán trực tuyến; 100% hồ sơ giải quyết TTHC được thanh toán trực tuyến.",
                    m(AT_LEAST, 100, PERCENT, "TTHC_ONLINE_PAYMENT_ENABLED"),
                    m(AT_LEAST, 100, PERCENT, TTHC_ONLINE_PAYMENT)),
            t("HN 37", "Phấn đấu 100% hệ thống cơ sở dữ liệu tài liệu lưu trữ điện tử tại các cơ quan, tổ chức "
                    + "thuộc nguồn nộp lưu vào Lưu trữ lịch sử Thành phố được tích hợp vào Hệ thống quản lý cơ "
                    + "sở dữ liệu tài liệu lưu trữ điện tử tại Lưu trữ lịch sử Thành phố.",
                    m(AT_LEAST, 100, PERCENT, "E_ARCHIVES_INTEGRATED")),
            t("HN 38", "Phấn đấu 100% tài liệu lưu trữ điện tử tại các cơ quan, tổ chức được lưu trữ tại Hệ "
                    + "thống quản lý cơ sở dữ liệu tài liệu lưu trữ điện tử tập trung của cơ quan, tổ chức.",
                    m(AT_LEAST, 100, PERCENT, "E_ARCHIVES_INTEGRATED")),
            t("BD 1", "Phần đầu Chỉ số CCHC (PAR INDEX) của phường xếp trong nhóm các xã, phường có kết quả cao "
                    + "của thành phố Hà Nội; đồng thời góp phần nâng cao Chỉ số hài lòng về sự phục vụ hành "
                    + "chính (SIPAS), bảo đảm tỷ lệ người dân, tổ chức hài lòng khi sử dụng dịch vụ công (DVC) "
                    + "tại UBND phường và DVC trực tuyến từ 90% trở lên.",
                    m(TOP_GROUP, null, RANK, PAR_INDEX_RANK), m(AT_LEAST, 90, PERCENT, SIPAS)),
            t("BD 2", "Tổ chức ít nhất 02 cuộc đối thoại trong năm dưới các hình thức phù hợp (hội nghị, tọa "
                    + "đàm, tiếp xúc chuyên đề...) với người dân, tổ chức, doanh nghiệp trên địa bàn để lắng "
                    + "nghe, tháo gỡ khó khăn, vướng mắc liên quan đến thể chế, chính sách, TTHC và việc giải "
                    + "quyết các vấn đề mà Nhân dân quan tâm.",
                    m(AT_LEAST, 2, COUNT, "CITIZEN_DIALOGUES")),
            t("BD 3", "Bảo đảm 100% phản ánh, kiến nghị của người dân, tổ chức về TTHC và quy định hành chính "
                    + "thuộc thẩm quyền của phường được tiếp nhận, xử lý và công khai kết quả giải quyết đúng "
                    + "thời hạn theo quy định; đồng thời cập nhật, công khai trên ứng dụng iHanoi, Trang thông "
                    + "tin điện tử phường.",
                    m(AT_LEAST, 100, PERCENT, PAKN_ON_TIME)),
            t("BD 4", "Đảm bảo 100% nội dung được phát hiện qua công tác thanh tra, kiểm tra, giám sát tại UBND "
                    + "phường và các bộ phận liên quan được xử lý kịp thời hoặc kiến nghị cơ quan có thẩm quyền "
                    + "xem xét, giải quyết theo đúng quy định của pháp luật.",
                    m(AT_LEAST, 100, PERCENT, "INSPECTION_FINDINGS_HANDLED")),
            t("BD 5", "Phân đầu 100% văn bản quy phạm pháp luật thuộc thẩm quyền của phường được rà soát kịp "
                    + "thời; kiến nghị sửa đổi, bổ sung hoặc ban hành mới theo quy định nhằm bảo đảm cơ sở pháp "
                    + "lý đồng bộ cho hoạt động quản lý nhà nước tại địa phương, phù hợp với mô hình chính "
                    + "quyền hai cấp, chủ trương của Trung ương, Luật Tổ chức chính quyền địa phương, Luật Thủ "
                    + "đô.",
                    m(AT_LEAST, 100, PERCENT, "LEGAL_DOCS_REVIEWED")),
            t("BD 6", "Phân đầu 100% các VBQPPL về phòng, chống tham nhũng; thực hành tiết kiệm, chống lãng "
                    + "phí, các văn bản quy phạm pháp luật liên quan được tuyên truyền, phổ biến rộng rãi tới "
                    + "cán bộ, công chức và Nhân dân trên địa bàn.",
                    m(AT_LEAST, 100, PERCENT, "LEGAL_DOCS_DISSEMINATED")),
            flagged("BD 7", "Tích cực phối hợp, tham gia ý kiến đối với các dự thảo nghị quyết của HĐND Thành phố "
                    + "liên quan đến CCHC, bảo đảm hoàn thành các nhiệm vụ được giao theo kế hoạch; phân đầu "
                    + "đạt tỷ lệ cao đối với các nhóm nhiệm vụ, giải pháp trọng tâm do cấp trên giao."),
            t("BD 8", "Bảo đảm 100% các VBQPPL của Trung ương và Thành phố có liên quan trực tiếp đến nhiệm vụ "
                    + "quản lý nhà nước trên địa bàn phường được cập nhật, phổ biến, quán triệt và tổ chức thực "
                    + "hiện đầy đủ, phục vụ kịp thời công tác tra cứu, áp dụng trong giải quyết công việc tại "
                    + "UBND phường.",
                    m(AT_LEAST, 100, PERCENT, "LEGAL_DOCS_DISSEMINATED")),
            t("BD 9", "Phần đầu 100% số hồ sơ TTHC được trả kết quả giải quyết đúng hạn, trước hạn. Riêng lĩnh "
                    + "vực tài nguyên môi trường và kế hoạch đầu tư đạt tối thiểu 99% số hồ sơ TTHC được giải "
                    + "quyết đúng hạn.",
                    m(AT_LEAST, 100, PERCENT, TTHC_ON_TIME), m(AT_LEAST, 99, PERCENT, TTHC_ON_TIME)),
            t("BD 10", "100% các TTHC và các quy định liên quan, các TTHC nội bộ (công việc giải quyết ngoài "
                    + "TTHC) được công bố, công khai kèm quy trình giải quyết theo quy định.",
                    m(AT_LEAST, 100, PERCENT, "TTHC_PUBLISHED")),
            t("BD 11", "Thực hiện công khai 100% tiến độ và kết quả giải quyết hồ sơ hành chính của phường trên "
                    + "Cổng DVC quốc gia và các hệ thống thông tin của Thành phố theo quy định.",
                    m(AT_LEAST, 100, PERCENT, "DOSSIER_PROGRESS_PUBLIC")),
            t("BD 12", "Triển khai thực hiện 100% TTHC theo nguyên tắc không phụ thuộc vào địa giới hành chính "
                    + "trong phạm vi Thành phố đối với các thủ tục được phân cấp, ủy quyền cho phường.",
                    m(AT_LEAST, 100, PERCENT, "TTHC_NO_BOUNDARY")),
            t("BD 13", "Phần đầu tối thiểu 80% thông tin, giấy tờ, tài liệu trong các TTHC liên quan đến hoạt "
                    + "động sản xuất, kinh doanh thuộc thẩm quyền của phường chỉ phải cung cấp một lần cho cơ "
                    + "quan nhà nước theo quy định.",
                    m(AT_LEAST, 80, PERCENT, "TTHC_ONCE_ONLY")),
            t("BD 14", "Thực hiện giảm tối thiểu 20% thời gian xử lý đối với các quy trình giải quyết TTHC liên "
                    + "thông có sự tham gia của UBND phường.",
                    m(REDUCE_BY_AT_LEAST, 20, PERCENT, "LINKED_PROCESSING_DAYS")),
            t("BD 15", "Bảo đảm 100% các phòng chuyên môn thuộc UBND phường rà soát, xây dựng, ban hành các quy "
                    + "trình TTHC nội bộ và quy trình phối hợp trong nội bộ cơ quan theo hướng thống nhất, khoa "
                    + "học.",
                    m(AT_LEAST, 100, PERCENT, "INTERNAL_PROCESSES_ISSUED")),
            t("BD 16", "Phân đầu 100% TTHC nội bộ trong UBND phường được rà soát, cắt giảm, đơn giản hóa về "
                    + "trình tự, thời gian giải quyết và chi phí thực hiện; bảo đảm phù hợp với yêu cầu tinh "
                    + "gọn bộ máy và nâng cao hiệu quả hoạt động.",
                    m(AT_LEAST, 100, PERCENT, "INTERNAL_TTHC_SIMPLIFIED")),
            t("BD 17", "100% các phòng chuyên môn, đơn vị thuộc phường được rà soát, hoàn thiện quy định về chức "
                    + "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức theo quy định của Trung ương và Thành phố.",
                    m(AT_LEAST, 100, PERCENT, "FUNCTIONS_REGULATED")),
            flagged("BD 18", "Thực hiện nghiêm các chỉ đạo về tinh giản biên chế; phấn đấu hoàn thành các mục tiêu "
                    + "tinh giản cán bộ, công chức, người lao động hưởng lương từ ngân sách nhà nước theo lộ "
                    + "trình do Trung ương và Thành phố quy định."),
            flagged("BD 19", "Tổ chức triển khai việc sắp xếp tổ chức bộ máy, đơn vị sự nghiệp công lập thuộc thẩm "
                    + "quyền quản lý của phường theo đúng chỉ đạo của Trung ương và Thành phố, bảo đảm hoạt "
                    + "động ổn định, hiệu quả sau sắp xếp."),
            t("BD 20", "100% cán bộ, công chức, viên chức được rà soát, bố trí theo vị trí việc làm được Thành "
                    + "phố phê duyệt.",
                    m(AT_LEAST, 100, PERCENT, "STAFF_BY_JOB_POSITION")),
            t("BD 21", "100% cán bộ, công chức, viên chức được đào tạo, bồi dưỡng theo vị trí việc làm sau sắp "
                    + "xếp tổ chức bộ máy.",
                    m(AT_LEAST, 100, PERCENT, "STAFF_TRAINED")),
            t("BD 22", "100% cán bộ, công chức, viên chức thuộc diện chuyển đổi vị trí công tác theo Nghị định "
                    + "số 59/2019/NĐ-CP ngày 01/09/2019 của Chính phủ phải được thực hiện nghiêm túc theo quy "
                    + "định.",
                    m(AT_LEAST, 100, PERCENT, "STAFF_ROTATED")),
            t("BD 23", "Hàng năm 100% vốn đầu tư công được phân bổ kịp thời, tuân thủ đúng nguyên tắc, quy định.",
                    m(AT_LEAST, 100, PERCENT, "PUBLIC_INVESTMENT_ALLOCATED")),
            flagged("BD 24", "Phân đầu các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân "
                    + "sách được xử lý kịp thời theo quy định pháp luật."),
            t("BD 25", "100% cơ quan, đơn vị thuộc phạm vi quản lý thực hiện đúng quy định về quản lý, sử dụng "
                    + "tài sản công và rà soát, chuẩn hóa, cập nhật kịp thời số liệu vào Cơ sở dữ liệu về tài "
                    + "sản công.",
                    m(AT_LEAST, 100, PERCENT, "PUBLIC_ASSETS_COMPLIANT")),
            t("BD 26", "Phân đầu tối thiểu 80% số cơ sở nhà, đất thuộc phạm vi quản lý của phường được rà soát, "
                    + "lập phương án sắp xếp lại, xử lý theo quy định và trình cấp có thẩm quyền phê duyệt.",
                    m(AT_LEAST, 80, PERCENT, "PROPERTIES_REARRANGED")),
            flagged("BD 27", "Thực hiện các giải pháp tiết kiệm, sử dụng hiệu quả ngân sách; bảo đảm tỷ lệ giảm chi "
                    + "ngân sách nhà nước đối với các đơn vị sự nghiệp công lập thuộc phạm vi quản lý của "
                    + "phường so với năm trước liền kề theo chỉ đạo của Trung ương và Thành phố."),
            t("BD 28", "Phần đầu 100% hoạt động chỉ đạo, điều hành và quản trị nội bộ tại UBND phường được thực "
                    + "hiện trên nền tảng quản trị công việc tổng thể và từng bước ứng dụng trí tuệ nhân tạo "
                    + "trong Hệ thống quản lý văn bản và điều hành theo định hướng của Thành phố.",
                    m(AT_LEAST, 100, PERCENT, "DIRECTION_ON_PLATFORM")),
            flagged("BD 29", "Phần đầu UBND phường đạt cấp độ 3 về mức độ trưởng thành trong quản trị dữ liệu theo "
                    + "khung đánh giá của Thành phố."),
            t("BD 30", "Bảo đảm 100% hồ sơ công việc tại UBND phường được xử lý trên môi trường điện tử (trừ hồ "
                    + "sơ thuộc phạm vi bí mật nhà nước) và sử dụng chữ ký số cá nhân trong giải quyết công "
                    + "việc.",
                    m(AT_LEAST, 100, PERCENT, "WORK_FILES_ELECTRONIC")),
            t("BD 31", "Thực hiện 100% chế độ báo cáo của UBND phường trên Hệ thống thông tin báo cáo của Thành "
                    + "phố theo quy định.",
                    m(AT_LEAST, 100, PERCENT, "REPORTS_ON_REPORTING_SYSTEM")),
            t("BD 32", "Đảm bảo 100% nhiệm vụ Thành phố giao cho UBND phường được theo dõi, giám sát, đánh giá "
                    + "trên môi trường điện tử.",
                    m(AT_LEAST, 100, PERCENT, "TASKS_MONITORED_ELECTRONIC")),
            t("BD 33", "Phần đầu 50% hoạt động kiểm tra của UBND phường được thực hiện thông qua môi trường số "
                    + "và các hệ thống thông tin phục vụ công tác quản lý.",
                    m(AT_LEAST, 50, PERCENT, "INSPECTIONS_DIGITAL")),
            t("BD 34", "Phần đầu tối thiểu 80% hồ sơ giải quyết TTHC tại phường được số hóa theo quy định.",
                    m(AT_LEAST, 80, PERCENT, TTHC_DIGITISED)),
            t("BD 35", "Phần đầu 100% TTHC đủ điều kiện được cung cấp DVC trực tuyến toàn trình, trong đó bảo "
                    + "đảm tỷ lệ DVC toàn trình đạt tối thiểu 80% trên tổng số thủ tục áp dụng tại phường theo "
                    + "chỉ tiêu Thành phố.",
                    m(AT_LEAST, 100, PERCENT, DVC_FULL_ONLINE), m(AT_LEAST, 80, PERCENT, DVC_FULL_ONLINE)),
            t("BD 36", "Phần đầu 100% TTHC tại phường triển khai thanh toán trực tuyến và có phát sinh giao dịch "
                    + "thanh toán trực tuyến; 100% hồ sơ giải quyết TTHC được thực hiện thanh toán trực tuyến "
                    + "theo quy định.",
                    m(AT_LEAST, 100, PERCENT, "TTHC_ONLINE_PAYMENT_ENABLED"),
                    m(AT_LEAST, 100, PERCENT, TTHC_ONLINE_PAYMENT)),
            t("BD 37", "Thực hiện tích hợp dữ liệu tài liệu lưu trữ điện tử của UBND phường vào Hệ thống quản lý "
                    + "cơ sở dữ liệu tài liệu lưu trữ điện tử tập trung của Thành phố theo lộ trình; bảo đảm "
                    + "100% tài liệu lưu trữ điện tử của phường được quản lý, lưu trữ trên hệ thống tập trung "
                    + "theo quy định.",
                    m(AT_LEAST, 100, PERCENT, "E_ARCHIVES_INTEGRATED")),
            t("HD 1", "Chỉ số cải cách hành chính (PAR Index) phấn đấu trong top 15 khối phường, Chỉ số chuyển "
                    + "đổi số (DTI) phấn đấu trong top 20 khối phường.",
                    m(RANK_AT_MOST, 15, RANK, PAR_INDEX_RANK), m(RANK_AT_MOST, 20, RANK, "DTI_RANK")),
            t("HD 2", "Hoàn thành 100% nhiệm vụ được thành phố, Chủ tịch thành phố giao bảo đảm tiến độ, chất "
                    + "lượng.",
                    m(AT_LEAST, 100, PERCENT, "ASSIGNED_TASKS_COMPLETED")),
            t("HD 3", "Hoàn thành, bảo đảm tiến độ, chất lượng 100% nhiệm vụ cụ thể trong Kế hoạch cải cách "
                    + "hành chính năm 2026 của phường.",
                    m(AT_LEAST, 100, PERCENT, "PLAN_TASKS_COMPLETED")),
            flagged("HD 4", "Vượt chỉ tiêu thu ngân sách năm 2026 được thành phố giao; phấn đấu thu hút đầu tư vào "
                    + "phường năm 2026 tăng so với năm 2025."),
            t("HD 5", "Thực hiện kiểm tra định kỳ và đột xuất các cơ quan chuyên môn thuộc Ủy ban nhân dân "
                    + "phường bảo đảm số lượng theo yêu cầu; các phòng, đơn vị phải tự kiểm tra công tác cải "
                    + "cách hành chính tại đơn vị mình (đạt 100% số cơ quan, đơn vị).",
                    m(AT_LEAST, 100, PERCENT, "UNITS_SELF_INSPECTED")),
            t("HD 6", "100% hồ sơ thủ tục hành chính khi tiếp nhận, giải quyết tại các phường được theo dõi "
                    + "trạng thái xử lý trên Hệ thống thông tin giải quyết thủ tục hành chính của thành phố, "
                    + "đồng bộ với Cổng Dịch vụ công quốc gia để người dân, doanh nghiệp có thể giám sát, đánh "
                    + "giá trong quá trình thực hiện. Hạn chế tối đa hồ sơ giải quyết thủ tục hành chính (TTHC) "
                    + "quá hạn.",
                    m(AT_LEAST, 100, PERCENT, "DOSSIERS_TRACKED_ONLINE")),
            t("HD 7", "Mức độ hài lòng của người dân và doanh nghiệp về giải quyết thủ tục hành chính; mức độ "
                    + "hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước; mức "
                    + "độ hài lòng của người dân về cung cấp dịch vụ y tế, giáo dục công lập đạt tối thiểu 90%.",
                    m(AT_LEAST, 90, PERCENT, SIPAS))
    );

    static Stream<Arguments> seedTargets() {
        return SEED_TARGETS.stream().map(t -> Arguments.of(t.ref(), t));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seedTargets")
    void readsEverySeedTarget(String ref, Target target) {
        List<TargetMeasure> read = TargetSentenceParser.parse(target.sentence());
        assertEquals(target.measures(), read.stream()
                .map(x -> new M(x.comparator(), x.value(), x.unit(), x.indicatorCode(), x.baselineYear()))
                .toList(), () -> ref + " read as " + read);
        assertClausesAreQuotedInOrder(target.sentence(), read);
    }

    /** Every clause is verbatim text of the sentence, non-blank, and clauses do not go backwards. */
    private static void assertClausesAreQuotedInOrder(String sentence, List<TargetMeasure> read) {
        String nfc = VietnameseText.nfc(sentence);
        int from = 0;
        String previous = null;
        for (TargetMeasure m : read) {
            assertTrue(!m.clause().isBlank(), "blank clause");
            if (m.clause().equals(previous)) {
                continue;
            }
            int at = nfc.indexOf(m.clause(), from);
            assertTrue(at >= 0, () -> "clause not quoted in order: «" + m.clause() + "»");
            from = at + m.clause().length();
            previous = m.clause();
        }
    }

    @Test
    void exactlyTheseSeedTargetsAreFlagged() {
        assertEquals(List.of("HN 19", "HN 24", "HN 27", "BD 7", "BD 18", "BD 19", "BD 24", "BD 27", "BD 29", "HD 4"),
                SEED_TARGETS.stream().filter(t -> t.measures().isEmpty()).map(Target::ref).toList());
        assertEquals(82, SEED_TARGETS.size());
    }

    @Test
    void clausesOfMultiMeasureSeedSentences() {
        assertEquals(List.of(
                "Chỉ số PAR INDEX của Thành phố xếp trong nhóm tỉnh, thành phố đứng đầu cả nước",
                "Chỉ số SIPAS của Thành phố đạt tối thiểu 86%",
                "trong đó đảm bảo từ 90% trở lên người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch "
                        + "vụ công (DVC) trực tuyến"),
                clauses("HN 1"));
        assertEquals(List.of(
                "Phấn đấu 100% số hồ sơ TTHC được trả kết quả giải quyết đúng hạn, trước hạn",
                "Riêng lĩnh vực tài nguyên môi trường và kế hoạch đầu tư đạt tối thiểu 99% số hồ sơ TTHC được "
                        + "giải quyết đúng hạn"),
                clauses("HN 9"));
        assertEquals(List.of(
                "Phấn đấu 100% cung cấp DVC trực tuyến toàn trình đối với các TTHC đủ điều kiện",
                "trong đó, tối thiểu 80% DVC toàn trình trên tổng số TTHC áp dụng tại Thành phố"),
                clauses("HN 35"));
        assertEquals(List.of(
                "Phần đầu 100% TTHC đủ điều kiện được cung cấp DVC trực tuyến toàn trình",
                "trong đó bảo đảm tỷ lệ DVC toàn trình đạt tối thiểu 80% trên tổng số thủ tục áp dụng tại "
                        + "phường theo chỉ tiêu Thành phố"),
                clauses("BD 35"));
        assertEquals(List.of(
                "Chỉ số cải cách hành chính (PAR Index) phấn đấu trong top 15 khối phường",
                "Chỉ số chuyển đổi số (DTI) phấn đấu trong top 20 khối phường"),
                clauses("HD 1"));
        // A side without a number stays with its neighbour: one clause, the whole sentence.
        String bd37 = sentence("BD 37");
        assertEquals(List.of(bd37.substring(0, bd37.length() - 1)), clauses("BD 37"));
        assertEquals(List.of(
                "Phần đầu Chỉ số CCHC (PAR INDEX) của phường xếp trong nhóm các xã, phường có kết quả cao của "
                        + "thành phố Hà Nội",
                "đồng thời góp phần nâng cao Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), bảo đảm tỷ lệ "
                        + "người dân, tổ chức hài lòng khi sử dụng dịch vụ công (DVC) tại UBND phường và DVC "
                        + "trực tuyến từ 90% trở lên"),
                clauses("BD 1"));
    }

    private static String sentence(String ref) {
        return SEED_TARGETS.stream().filter(t -> t.ref().equals(ref)).findFirst().orElseThrow().sentence();
    }

    private static List<String> clauses(String ref) {
        return TargetSentenceParser.parse(sentence(ref)).stream().map(TargetMeasure::clause).toList();
    }

    @Test
    void pdfLineBreaksAndListMarkersDoNotMatter() {
        List<TargetMeasure> joined = TargetSentenceParser.parse(sentence("HN 1"));
        List<TargetMeasure> broken = TargetSentenceParser.parse("- Chỉ số PAR INDEX của Thành phố xếp trong nhóm "
                + "tỉnh, thành phố đứng \n\nđầu cả nước; Chỉ số SIPAS của Thành phố đạt tối thiểu 86%, trong đó "
                + "đảm bảo \ntừ 90% trở lên người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ \ncông "
                + "(DVC) trực tuyến.");
        assertEquals(joined, broken);
        assertEquals(TargetSentenceParser.parse(sentence("HD 7")),
                TargetSentenceParser.parse("f) " + sentence("HD 7")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Phấn đấu 100% hồ sơ TTHC được giải quyết đúng hạn",
        "Phần đầu 100% hồ sơ TTHC được giải quyết đúng hạn", "Phân đầu 100% hồ sơ TTHC được giải quyết đúng hạn",
        "PHẤN ĐẤU 100% HỒ SƠ TTHC ĐƯỢC GIẢI QUYẾT ĐÚNG HẠN", "phan dau 100% ho so tthc duoc giai quyet dung han",
        "100% hồ sơ TTHC được giải quyết đúng hạn", "Bảo đảm 100 % hồ sơ TTHC được giải quyết đúng hạn"})
    void spellingsOfOneTarget(String sentence) {
        for (String form : List.of(sentence, Normalizer.normalize(sentence, Normalizer.Form.NFD))) {
            List<TargetMeasure> read = TargetSentenceParser.parse(form);
            assertEquals(1, read.size(), form);
            TargetMeasure m = read.get(0);
            assertEquals(AT_LEAST, m.comparator(), form);
            assertEquals(0, BigDecimal.valueOf(100).compareTo(m.value()), form);
            assertEquals(PERCENT, m.unit());
            assertEquals(TTHC_ON_TIME, m.indicatorCode(), form);
            assertEquals(VietnameseText.nfc(sentence), m.clause());
        }
    }

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of("Tỷ lệ hài lòng đạt tối thiểu 90%", m(AT_LEAST, 90, PERCENT, SIPAS)),
                Arguments.of("Chỉ số SIPAS đạt trên 90%", m(AT_LEAST, 90, PERCENT, SIPAS)),
                Arguments.of("Tỷ lệ hồ sơ TTHC trễ hạn không quá 5%", m(AT_MOST, 5, PERCENT)),
                Arguments.of("Tỷ lệ hồ sơ TTHC trễ hạn dưới 5%", m(AT_MOST, 5, PERCENT)),
                Arguments.of("Tỷ lệ hồ sơ TTHC trễ hạn tối đa 5%", m(AT_MOST, 5, PERCENT)),
                Arguments.of("Tỷ lệ hồ sơ quá hạn không dưới 0%", m(AT_LEAST, 0, PERCENT)),
                Arguments.of("Giảm tỷ lệ hồ sơ trễ hạn xuống dưới 2%", m(AT_MOST, 2, PERCENT)),
                Arguments.of("Tỷ lệ hồ sơ trễ hạn giảm còn 2%", m(AT_MOST, 2, PERCENT)),
                Arguments.of("Nâng tỷ lệ hồ sơ trực tuyến lên tối thiểu 70%", m(AT_LEAST, 70, PERCENT)),
                Arguments.of("Tỷ lệ hồ sơ trực tuyến bằng 50%", m(EQUAL, 50, PERCENT)),
                Arguments.of("Phấn đấu từ 90% trở lên", m(AT_LEAST, 90, PERCENT)),
                Arguments.of("Đạt 86,5% người dân hài lòng",
                        new M(AT_LEAST, new BigDecimal("86.5"), PERCENT, SIPAS, null)),
                Arguments.of("Thực hiện giảm tối thiểu 20% thời gian xử lý", m(REDUCE_BY_AT_LEAST, 20, PERCENT)),
                Arguments.of("Cắt giảm 50% thời gian giải quyết TTHC so với năm 2025",
                        new M(REDUCE_BY_AT_LEAST, BigDecimal.valueOf(50), PERCENT, null, 2025)),
                Arguments.of("Tăng tỷ lệ hồ sơ nộp trực tuyến ít nhất 10% so với cùng kỳ năm 2025",
                        new M(INCREASE_BY_AT_LEAST, BigDecimal.valueOf(10), PERCENT, null, 2025)),
                Arguments.of("Tăng tỷ lệ hồ sơ nộp trực tuyến từ 60% lên 80%", m(AT_LEAST, 80, PERCENT)),
                Arguments.of("Giảm tỷ lệ hồ sơ trễ hạn từ 5% xuống còn 2%", m(AT_MOST, 2, PERCENT)),
                Arguments.of("Kết quả (trên 90%) người dân hài lòng", m(AT_LEAST, 90, PERCENT, SIPAS)),
                Arguments.of("Tổ chức ít nhất 02 cuộc đối thoại", m(AT_LEAST, 2, COUNT, "CITIZEN_DIALOGUES")),
                Arguments.of("Kiểm tra ít nhất 01 lần trong năm", m(AT_LEAST, 1, COUNT)),
                Arguments.of("Thời gian giải quyết không quá 5 ngày", m(AT_MOST, 5, DAYS)),
                Arguments.of("Chỉ số PAR INDEX đạt tối thiểu 85 điểm", m(AT_LEAST, 85, POINTS, PAR_INDEX)),
                Arguments.of("Chỉ số CCHC phấn đấu đạt 90 điểm", m(AT_LEAST, 90, POINTS, PAR_INDEX)),
                Arguments.of("Chỉ số CCHC đạt 90%", m(AT_LEAST, 90, PERCENT, PAR_INDEX)),
                Arguments.of("Chỉ số PAR INDEX nằm trong top 10 cả nước", m(RANK_AT_MOST, 10, RANK, PAR_INDEX_RANK)),
                Arguments.of("Chỉ số CCHC xếp trong nhóm 5 đơn vị dẫn đầu", m(RANK_AT_MOST, 5, RANK, PAR_INDEX_RANK)),
                Arguments.of("Chỉ số cải cách hành chính xếp hạng thứ 3", m(RANK_AT_MOST, 3, RANK, PAR_INDEX_RANK)),
                Arguments.of("Chỉ số PAR INDEX xếp trong nhóm dẫn đầu", m(TOP_GROUP, null, RANK, PAR_INDEX_RANK)),
                Arguments.of("Xếp trong nhóm các phường đứng đầu", m(TOP_GROUP, null, RANK)),
                Arguments.of("100% phản ánh, kiến nghị được xử lý đúng hạn", m(AT_LEAST, 100, PERCENT, PAKN_ON_TIME)),
                Arguments.of("100% hồ sơ giải quyết TTHC được số hóa", m(AT_LEAST, 100, PERCENT, TTHC_DIGITISED)),
                Arguments.of("Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch "
                        + "thanh toán của dịch vụ công đạt tối thiểu 80%",
                        m(AT_LEAST, 80, PERCENT, TTHC_ONLINE_PAYMENT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void readsTheFormsOfTheBrief(String sentence, M expected) {
        List<TargetMeasure> read = TargetSentenceParser.parse(sentence);
        assertEquals(List.of(expected), read.stream()
                .map(x -> new M(x.comparator(), x.value(), x.unit(), x.indicatorCode(), x.baselineYear()))
                .toList(), sentence);
    }

    @Test
    void clauseSplitting() {
        List<TargetMeasure> read = TargetSentenceParser.parse(
                "Tối thiểu 90% hồ sơ được số hóa; tối đa 2% hồ sơ trễ hạn, trong đó không quá 1% hồ sơ quá hạn");
        assertEquals(List.of("Tối thiểu 90% hồ sơ được số hóa", "tối đa 2% hồ sơ trễ hạn",
                "trong đó không quá 1% hồ sơ quá hạn"), read.stream().map(TargetMeasure::clause).toList());
        assertEquals(List.of(AT_LEAST, AT_MOST, AT_MOST), read.stream().map(TargetMeasure::comparator).toList());

        // A "; " whose left side has no number does not start a clause.
        List<TargetMeasure> one = TargetSentenceParser.parse("Thực hiện nghiêm túc; bảo đảm 100% hồ sơ đúng quy định");
        assertEquals(List.of("Thực hiện nghiêm túc; bảo đảm 100% hồ sơ đúng quy định"),
                one.stream().map(TargetMeasure::clause).toList());
    }

    @Test
    void wordsThatFoldLikeComparatorsAreNotMisread() {
        // "giám sát" folds like "giảm", "hạ tầng" like "tăng", "đất" like "đạt".
        assertEquals(AT_LEAST, TargetSentenceParser.parse("Công tác giám sát 100% cơ quan").get(0).comparator());
        assertEquals(AT_LEAST, TargetSentenceParser.parse("Phòng Kinh tế, Hạ tầng 100% hồ sơ").get(0).comparator());
        assertEquals(List.of(), TargetSentenceParser.parse("Số cơ sở nhà, đất 80% được rà soát"));
        // A verb of another clause does not give a bare number its direction.
        assertEquals(List.of(AT_LEAST), TargetSentenceParser.parse("Phấn đấu 100% hồ sơ đúng hạn; tỷ lệ trễ hạn 5%")
                .stream().map(TargetMeasure::comparator).toList());
        // Without diacritics, "giam" is read as "giảm".
        assertEquals(REDUCE_BY_AT_LEAST,
                TargetSentenceParser.parse("giam toi thieu 20% thoi gian").get(0).comparator());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "asap", "Nghị định số 59/2019/NĐ-CP ngày 01/09/2019 của Chính phủ",
        "Kế hoạch năm 2026", "đạt cấp độ 3", "tăng so với năm 2025", "80% số cơ sở nhà, đất",
        "Thời gian giải quyết không quá 5 ngày làm việc", "Trẻ em dưới 6 tuổi", "%", "- ", "a) "})
    void nothingMeasurableIsEmpty(String sentence) {
        assertEquals(List.of(), TargetSentenceParser.parse(sentence));
    }

    @Test
    void nullIsEmpty() {
        assertEquals(List.of(), TargetSentenceParser.parse(null));
    }

    @Test
    void recordChecksAndImmutability() {
        assertThrows(NullPointerException.class,
                () -> new TargetMeasure(null, AT_LEAST, BigDecimal.ONE, PERCENT, null, null));
        assertThrows(NullPointerException.class,
                () -> new TargetMeasure("x", null, BigDecimal.ONE, PERCENT, null, null));
        assertThrows(NullPointerException.class,
                () -> new TargetMeasure("x", AT_LEAST, BigDecimal.ONE, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new TargetMeasure("x", AT_LEAST, null, PERCENT, null, null));
        assertNull(new TargetMeasure("x", TOP_GROUP, null, RANK, null, null).value());
        List<TargetMeasure> read = TargetSentenceParser.parse(sentence("HN 9"));
        assertThrows(UnsupportedOperationException.class, read::clear);
    }

    /** Random text built from pieces of real targets: never an exception, clauses always quoted. */
    @Test
    void neverThrows() {
        List<String> pieces = Arrays.asList("Phấn đấu", "100", "%", "tối thiểu", "giảm", "tăng", "top", "nhóm",
                "xếp trong nhóm", "đứng đầu", ";", ",", ". ", "trong đó", "(", ")", "ít nhất", "02", "ngày", "điểm",
                "so với năm", "2025", "hồ sơ", "TTHC", "đúng hạn", "86,5", "99999999", "̣", "\n", "- ", "a) ",
                "trở lên", "xuống", "còn", "lên", "bằng");
        Random random = new Random(20260102L);
        for (int i = 0; i < 5000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(10);
            for (int j = 0; j < n; j++) {
                text.append(pieces.get(random.nextInt(pieces.size()))).append(random.nextBoolean() ? " " : "");
            }
            String sentence = text.toString();
            List<TargetMeasure> read = TargetSentenceParser.parse(sentence);
            for (TargetMeasure m : read) {
                assertTrue(VietnameseText.nfc(sentence).contains(m.clause()), sentence);
                assertAll(() -> assertTrue(m.value() != null || m.comparator() == TOP_GROUP));
            }
        }
    }
}
