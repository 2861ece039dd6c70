package vn.cchc.report.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.report.consolidated.ConsolidatedView;
import vn.cchc.report.content.ReportContent;
import vn.cchc.report.content.TargetCounts;
import vn.cchc.report.content.TargetRow;
import vn.cchc.report.content.TaskCounts;
import vn.cchc.report.content.TaskLine;
import vn.cchc.report.document.AdministrativeDocument;
import vn.cchc.report.document.AdministrativeDocument.Appendix;
import vn.cchc.report.document.AdministrativeDocument.Block;
import vn.cchc.report.document.AdministrativeDocument.Paragraph;
import vn.cchc.report.document.AdministrativeDocument.Section;
import vn.cchc.report.document.AdministrativeDocument.Signature;
import vn.cchc.report.document.AdministrativeDocument.Table;
import vn.cchc.report.document.Charts;
import vn.cchc.report.document.VietnameseDates;

/**
 * Lays a periodic CCHC report out as an administrative document (văn bản hành chính, Nghị định
 * 30/2020/NĐ-CP) in the outline of Công văn 4625/BNV-CCHC: I. chỉ đạo, điều hành; II. kết quả theo
 * lĩnh vực (with the chart of target attainment per area); III. đánh giá chung; IV. phương hướng;
 * V. kiến nghị; the target table as the appendix. The numbers come from the assembled content only;
 * the narrative is the officer's. Plain mapping, no framework.
 */
public final class ReportDocuments {

    private ReportDocuments() {
    }

    /**
     * @param c          the report's content (a frozen version's or the draft's)
     * @param date       the document's date (the submission day of a version; today for a draft)
     * @param number     the document number after "Số: " (e.g. {@code 45/BC-UBND}); blank leaves the space to fill in
     * @return the document to render
     */
    public static AdministrativeDocument report(ReportContent c, LocalDate date, String number) {
        var h = c.header();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", withNarrative(c.direction().narrative(),
                List.<Block>of(new Paragraph(taskSentence(c.direction().tasks().counts()))))));

        List<Block> results = new ArrayList<>();
        List<Charts.AreaAttainment> attainment = new ArrayList<>();
        for (ReportContent.AreaSection a : c.areas()) {
            results.add(new Paragraph((a.number() - 1) + ". " + a.title()));
            if (a.narrative() != null && !a.narrative().isBlank()) {
                results.add(new Paragraph(a.narrative()));
            }
            results.add(new Paragraph(taskSentence(a.tasks().counts()) + " " + targetSentence(a.targets())));
            attainment.add(new Charts.AreaAttainment(a.title(), (int) a.targets().met(), (int) a.targets().notMet(),
                    (int) a.targets().atRisk(), (int) a.targets().noData()));
        }
        results.add(Charts.attainmentByArea("Kết quả thực hiện chỉ tiêu theo lĩnh vực, " + period(h.periodName()) + " năm " + h.year(),
                attainment));
        sections.add(new Section("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", results));

        var as = c.assessment();
        List<Block> assessment = new ArrayList<>();
        assessment.add(new Paragraph("1. Ưu điểm: " + orDots(as.strengths())));
        assessment.add(new Paragraph("2. Tồn tại, hạn chế: " + orDots(as.limitations())));
        assessment.add(new Paragraph("3. Nguyên nhân: " + orDots(as.causes())));
        assessment.add(new Paragraph(taskSentence(as.tasks()) + " " + targetSentence(as.targets())));
        sections.add(new Section("III. ĐÁNH GIÁ CHUNG", assessment));

        List<Block> next = withNarrative(c.nextPeriod().narrative(), new ArrayList<>());
        if (!c.nextPeriod().upcoming().isEmpty()) {
            next.add(new Table("Nhiệm vụ đến hạn trong kỳ tới", List.of("STT", "Nhiệm vụ", "Thời hạn"),
                    c.nextPeriod().upcoming().stream().map(ReportDocuments::upcomingRow).toList(), List.of(1, 8, 2)));
        }
        sections.add(new Section("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ TRỌNG TÂM KỲ TỚI", next));
        sections.add(new Section("V. ĐỀ XUẤT, KIẾN NGHỊ", List.of(new Paragraph(orDots(c.proposals().narrative())))));

        Appendix targets = new Appendix("Phụ lục", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH",
                "(Kèm theo Báo cáo " + period(h.periodName()) + " năm " + h.year() + " của " + h.unitName() + ")",
                List.of(new Table(null, List.of("STT", "Chỉ tiêu", "Chỉ số", "Yêu cầu", "Kết quả", "Đánh giá"),
                        targetRows(c.targets().rows()), List.of(1, 7, 3, 2, 2, 3))));

        return new AdministrativeDocument(null, "ỦY BAN NHÂN DÂN " + h.unitName().toUpperCase(), blankNumber(number), place(h.unitName()), date, "BÁO CÁO",
                "Kết quả thực hiện công tác cải cách hành chính " + period(h.periodName()) + " năm " + h.year(),
                sections, new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null),
                List.of("Cơ quan nhận báo cáo theo " + h.regimeName() + ";", "Lưu: VT."), List.of(targets));
    }

    /**
     * The city's consolidated view as a document: who reported and when, the ranking chart of the wards.
     *
     * @param v          the consolidated view
     * @param parentName the consolidating unit's name, e.g. {@code Thành phố Hà Nội}
     * @param date       the document's date
     * @return the document to render
     */
    public static AdministrativeDocument consolidated(ConsolidatedView v, String parentName, LocalDate date) {
        var counts = v.counts();
        List<Block> summary = List.of(new Paragraph("Tổng số đơn vị: " + counts.units() + "; đã gửi đúng hạn: " + counts.onTime()
                + "; trễ hạn: " + counts.late() + "; quá hạn chưa gửi: " + counts.overdue() + "; chưa lập báo cáo: " + counts.notStarted()
                + ". Chi tiết tại Phụ lục."));
        List<Block> ranking = new ArrayList<>();
        if (v.ranking().isEmpty()) {
            ranking.add(new Paragraph("Chưa có số liệu chỉ tiêu để xếp hạng."));
        } else {
            ranking.add(Charts.wardRanking("Xếp hạng đơn vị theo tỷ lệ chỉ tiêu đạt, " + period(v.periodName()), "Tỷ lệ chỉ tiêu đạt (%)",
                    v.ranking().stream().map(r -> new Charts.Ranked(r.name(), r.metShare() == null ? 0 : r.metShare().doubleValue())).toList()));
        }
        Appendix units = new Appendix("Phụ lục", "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ", null,
                List.of(new Table(null, List.of("STT", "Đơn vị", "Trạng thái", "Thời hạn", "Nhiệm vụ quá hạn", "Tỷ lệ chỉ tiêu đạt (%)"),
                        indexed(v.units().stream().map(u -> List.of(u.name(), status(u.status()), timeliness(u.timeliness()),
                                u.tasks() == null ? "" : Long.toString(u.tasks().overdue()),
                                u.targets() == null || u.targets().metShare() == null ? "" : number(u.targets().metShare(), null))).toList()),
                        List.of(1, 5, 3, 3, 2, 2))));
        return new AdministrativeDocument(null, "ỦY BAN NHÂN DÂN " + parentName.toUpperCase(), blankNumber(null), place(parentName), date, "BÁO CÁO",
                "Tổng hợp kết quả thực hiện công tác cải cách hành chính " + period(v.periodName()) + " của các đơn vị trực thuộc",
                List.of(new Section("I. TÌNH HÌNH GỬI BÁO CÁO", summary), new Section("II. XẾP HẠNG CÁC ĐƠN VỊ", ranking)),
                new Signature("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null), List.of("Lưu: VT."), List.of(units));
    }

    private static List<Block> withNarrative(String narrative, List<Block> rest) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Paragraph(orDots(narrative)));
        blocks.addAll(rest);
        return blocks;
    }

    static String taskSentence(TaskCounts t) {
        return "Tổng số nhiệm vụ: " + t.total() + "; đã hoàn thành: " + t.done() + "; đang thực hiện: " + t.inProgress()
                + "; chưa thực hiện: " + t.notStarted() + "; quá hạn: " + t.overdue() + ".";
    }

    static String targetSentence(TargetCounts t) {
        return "Chỉ tiêu: " + t.total() + " (đạt: " + t.met() + "; không đạt: " + t.notMet() + "; có nguy cơ không đạt: " + t.atRisk()
                + "; chưa có số liệu: " + t.noData() + ").";
    }

    private static List<List<String>> targetRows(List<TargetRow> rows) {
        return indexed(rows.stream().map(r -> List.of(r.text() == null ? "" : r.text(), r.indicatorCode() == null ? "" : r.indicatorCode(),
                requirement(r), number(r.value(), r.unit()), r.statusText() == null ? "" : r.statusText())).toList());
    }

    private static List<String> upcomingRow(TaskLine t) {
        return List.of(t.number() == null ? "" : t.number(), t.title(), t.dueDate() == null ? "" : VietnameseDates.numeric(t.dueDate()));
    }

    private static List<List<String>> indexed(List<List<String>> rows) {
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(i + 1));
            row.addAll(rows.get(i));
            out.add(row);
        }
        return out;
    }

    private static String requirement(TargetRow r) {
        if (r.threshold() == null) {
            return "";
        }
        String sign = switch (r.comparator() == null ? "" : r.comparator()) {
            case "AT_LEAST" -> "≥ ";
            case "AT_MOST" -> "≤ ";
            case "EQUAL" -> "= ";
            default -> "";
        };
        return sign + number(r.threshold(), r.unit());
    }

    private static String number(BigDecimal v, String unit) {
        if (v == null) {
            return "";
        }
        String s = v.stripTrailingZeros().toPlainString().replace('.', ',');
        return "PERCENT".equals(unit) ? s + "%" : s;
    }

    private static String status(String s) {
        return switch (s == null ? "" : s) {
            case "NOT_STARTED" -> "Chưa lập";
            case "DRAFT" -> "Dự thảo";
            case "SUBMITTED" -> "Đã trình";
            case "RETURNED" -> "Trả lại";
            case "APPROVED" -> "Đã phê duyệt";
            case "SENT" -> "Đã gửi";
            default -> s;
        };
    }

    private static String timeliness(Object t) {
        return switch (t == null ? "" : t.toString()) {
            case "ON_TIME" -> "Đúng hạn";
            case "LATE" -> "Trễ hạn";
            case "OVERDUE" -> "Quá hạn";
            case "PENDING" -> "Chưa đến hạn";
            default -> "";
        };
    }

    /** "Báo cáo Quý 1" → "quý 1": the period as it reads inside a title ("… công tác CCHC quý 1 năm 2026"). */
    static String period(String periodName) {
        String p = periodName == null ? "" : periodName.strip();
        if (p.regionMatches(true, 0, "Báo cáo ", 0, 8)) {
            p = p.substring(8);
        }
        return p.isEmpty() ? p : Character.toLowerCase(p.charAt(0)) + p.substring(1);
    }

    private static String orDots(String text) {
        return text == null || text.isBlank() ? "…" : text;
    }

    private static String blankNumber(String number) {
        return number == null || number.isBlank() ? "      /BC-UBND" : number;
    }

    /** "Phường Ba Đình" → "Ba Đình": the place printed before the date is the locality's own name. */
    static String place(String unitName) {
        for (String prefix : List.of("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ")) {
            if (unitName.startsWith(prefix)) {
                return unitName.substring(prefix.length());
            }
        }
        return unitName;
    }
}
