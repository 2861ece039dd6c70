package vn.cchc.report.document;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.report.document.AdministrativeDocument.Appendix;
import vn.cchc.report.document.AdministrativeDocument.Paragraph;
import vn.cchc.report.document.AdministrativeDocument.Section;
import vn.cchc.report.document.AdministrativeDocument.Signature;
import vn.cchc.report.document.AdministrativeDocument.Table;

/** Ba Đình's Q1 2026 CCHC report as a document, with targets from the ward's real 2026 plan (deploy/demo/plans). */
final class SampleDocuments {

    static final String TARGET_CELL = "Bảo đảm 100% phản ánh, kiến nghị của người dân, tổ chức về TTHC và quy định hành chính "
            + "thuộc thẩm quyền của phường được tiếp nhận, xử lý và công khai kết quả giải quyết đúng thời hạn theo quy định";

    static final Table TARGETS = new Table("Biểu 1. Kết quả thực hiện các chỉ tiêu cải cách hành chính",
            List.of("STT", "Chỉ tiêu", "Kế hoạch", "Kết quả", "Đánh giá"),
            List.of(List.of("1", "Tỷ lệ người dân, tổ chức hài lòng khi sử dụng dịch vụ công tại UBND phường", "≥ 90%", "93,4%", "Đạt"),
                    List.of("2", "Số cuộc đối thoại với người dân, tổ chức, doanh nghiệp trên địa bàn", "2", "0", "Có nguy cơ không đạt"),
                    List.of("3", TARGET_CELL, "100%", "100%", "Đạt"),
                    List.of("4", "Tỷ lệ hồ sơ TTHC giải quyết trước và đúng hạn", "100%", "98,7%", "Không đạt"),
                    List.of("5", "Tỷ lệ văn bản điện tử có ký số gửi, nhận trên Hệ thống quản lý văn bản", "100%", "", "Chưa có số liệu")),
            List.of(1, 9, 2, 2, 3));

    static final Table TASKS = new Table("Biểu 2. Tiến độ thực hiện nhiệm vụ", List.of("Lĩnh vực", "Số nhiệm vụ", "Hoàn thành", "Quá hạn"),
            List.of(List.of("Cải cách thể chế", "4", "1", "0"), List.of("Cải cách thủ tục hành chính", "6", "2", "1")), null);

    private SampleDocuments() {
    }

    static AdministrativeDocument baDinhQ1() {
        return new AdministrativeDocument("UBND THÀNH PHỐ HÀ NỘI", "ỦY BAN NHÂN DÂN PHƯỜNG BA ĐÌNH", "45/BC-UBND", "Ba Đình",
                LocalDate.of(2026, 3, 18), "Báo cáo", "Kết quả thực hiện công tác cải cách hành chính Quý I năm 2026",
                List.of(new Section("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", List.of(
                                new Paragraph("Thực hiện Kế hoạch Cải cách hành chính nhà nước năm 2026 của phường Ba Đình, "
                                        + "UBND phường đã ban hành các văn bản chỉ đạo, đôn đốc các phòng, ban, đơn vị triển khai "
                                        + "nhiệm vụ cải cách hành chính bảo đảm đúng tiến độ."),
                                new Paragraph("Công tác kiểm tra, tuyên truyền cải cách hành chính được duy trì thường xuyên."))),
                        new Section("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", List.of(
                                new Paragraph("Kết quả thực hiện các chỉ tiêu theo lĩnh vực được thể hiện tại biểu đồ dưới đây."),
                                Charts.attainmentByArea("Kết quả thực hiện chỉ tiêu theo lĩnh vực - Phường Ba Đình, Quý I/2026", List.of(
                                        new Charts.AreaAttainment("Cải cách thể chế", 2, 0, 1, 1),
                                        new Charts.AreaAttainment("Cải cách TTHC", 5, 1, 0, 1),
                                        new Charts.AreaAttainment("Cải cách tổ chức bộ máy", 3, 0, 0, 1),
                                        new Charts.AreaAttainment("Cải cách chế độ công vụ", 4, 0, 1, 0),
                                        new Charts.AreaAttainment("Cải cách tài chính công", 2, 1, 0, 0),
                                        new Charts.AreaAttainment("Chính quyền điện tử, số", 6, 1, 2, 2))),
                                TASKS,
                                Charts.wardRanking("Xếp hạng các phường, xã theo tỷ lệ chỉ tiêu đạt - Quý I/2026", "Tỷ lệ chỉ tiêu đạt (%)",
                                        List.of(new Charts.Ranked("Xã Dân Hòa", 71.4), new Charts.Ranked("Phường Ba Đình", 86.5),
                                                new Charts.Ranked("Phường Hoàn Kiếm", 81.0), new Charts.Ranked("Phường Đống Đa", 78.2))))),
                        new Section("III. ĐÁNH GIÁ CHUNG", List.of(new Paragraph("Ưu điểm: các nhiệm vụ trọng tâm được triển khai kịp thời. "
                                + "Hạn chế: một số chỉ tiêu chưa có số liệu đến kỳ báo cáo.")))),
                new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng"),
                List.of("Sở Nội vụ Thành phố;", "Thường trực Đảng ủy phường;", "Lưu: VT, VHXH."),
                List.of(new Appendix("Phụ lục I", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2026",
                        "(Kèm theo Báo cáo số 45/BC-UBND ngày 18/3/2026 của UBND phường Ba Đình)", List.of(TARGETS))));
    }
}
