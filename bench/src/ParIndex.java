import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The PAR INDEX part of the data set (issue 7: "a PAR INDEX assessment" per commune), written through
 * kpi-service's public API via the gateway as admin.
 *
 * <p>Only the Ministry's province-level framework ships as data, and a framework of the WARD or COMMUNE
 * block applies only to units under its issuer (kpi-service README, "parindex"), so one synthetic
 * framework per province and block is created ({@code POST /api/v1/par-index/frameworks}), or reused when
 * one with the same title exists. Its title says it is a benchmark framework, not an official one: the
 * communes' real criteria (e.g. Hà Nội's QĐ 5666/QĐ-UBND) are not public. Its shape follows the
 * ministry's announced structure (METHODOLOGY.md C.1): 8 areas, 36 criteria, 78 leaves, 100 points
 * (68 results + 32 survey), bands A ≥ 90, B ≥ 80, C ≥ 70, D; rules YES_NO, RATIO, TIERS, DEDUCTION,
 * MANUAL, SURVEY, some leaves "không áp dụng" allowed, some requiring evidence; two bonus leaves.
 *
 * <p>Per commune, for index year {@value #INDEX_YEAR}: the assessment ({@code POST /assessments}), its
 * self-assessment (every non-survey leaf, values and points reproducible from the seed, within each
 * leaf's maximum, about 12 % of the leaves that allow it "không áp dụng"), the survey points, and for
 * {@code --par-appraised} per cent of the communes (default 50) an appraisal that corrects about eight
 * leaves. A load cut short resumes: bench/run lists the assessments of the index year with the layers
 * they have ({@code --par-done}: unit, id, version, layers) and only the missing steps are sent.
 */
final class ParIndex {
    static final int INDEX_YEAR = 2025;
    /** Bump when {@link #SPEC} changes, so a stack holding the old framework gets a new one. */
    static final String EDITION = "bench-1";

    /**
     * The framework: {@code A|code|name} an area, {@code C|code|name} a criterion, {@code L|code|name|max|rule|flags}
     * a leaf (under the last criterion when its code has three parts, else directly under the area). Rules:
     * Y YES_NO, R RATIO, T TIERS (100/90/80/70 % → 1/0.75/0.5/0.25), D&lt;points&gt; DEDUCTION per unit,
     * M MANUAL, S SURVEY. Flags: n "không áp dụng" allowed, e evidence required.
     */
    static final String SPEC = """
            A|1|Công tác chỉ đạo, điều hành cải cách hành chính
            C|1.1|Kế hoạch cải cách hành chính năm
            L|1.1.1|Ban hành Kế hoạch CCHC năm đúng thời hạn|1|Y|e
            L|1.1.2|Mức độ hoàn thành Kế hoạch CCHC năm|1.5|T|
            C|1.2|Báo cáo cải cách hành chính
            L|1.2.1|Báo cáo định kỳ đầy đủ, đúng hạn|1|Y|e
            L|1.2.2|Báo cáo chuyên đề, đột xuất theo yêu cầu|0.5|Y|n
            C|1.3|Kiểm tra công tác cải cách hành chính
            L|1.3.1|Tỷ lệ bộ phận, thôn, tổ dân phố được kiểm tra|1|T|
            L|1.3.2|Tỷ lệ vấn đề phát hiện qua kiểm tra được xử lý|1|R|n
            C|1.4|Thông tin, tuyên truyền cải cách hành chính
            L|1.4.1|Ban hành Kế hoạch tuyên truyền CCHC|0.5|Y|
            L|1.4.2|Mức độ thực hiện Kế hoạch tuyên truyền|1|M|
            L|1.5|Sáng kiến, giải pháp mới trong cải cách hành chính|1.5|M|ne
            L|1.6|Thực hiện nhiệm vụ UBND cấp tỉnh giao về CCHC|1|R|
            A|2|Cải cách thể chế
            C|2.1|Ban hành văn bản quy phạm pháp luật thuộc thẩm quyền
            L|2.1.1|Thực hiện kế hoạch ban hành văn bản QPPL|1|T|n
            L|2.1.2|Tuân thủ trình tự, thủ tục ban hành văn bản|1.5|M|n
            C|2.2|Rà soát, hệ thống hóa văn bản quy phạm pháp luật
            L|2.2.1|Ban hành kế hoạch rà soát văn bản|0.5|Y|
            L|2.2.2|Mức độ hoàn thành rà soát văn bản|1|R|
            L|2.2.3|Xử lý kết quả rà soát|0.5|Y|n
            C|2.3|Theo dõi thi hành pháp luật, kiểm tra văn bản
            L|2.3.1|Ban hành kế hoạch theo dõi thi hành pháp luật|0.5|Y|
            L|2.3.2|Văn bản trái pháp luật bị cơ quan có thẩm quyền phát hiện|1.5|D0.5|
            C|2.4|Phổ biến, giáo dục pháp luật
            L|2.4.1|Ban hành kế hoạch phổ biến, giáo dục pháp luật|0.5|Y|
            L|2.4.2|Tỷ lệ hoàn thành nhiệm vụ phổ biến, giáo dục pháp luật|1|T|
            A|3|Cải cách thủ tục hành chính
            C|3.1|Công khai thủ tục hành chính
            L|3.1.1|Niêm yết TTHC tại Bộ phận Một cửa|1|Y|e
            L|3.1.2|Công khai TTHC trên Cổng/Trang thông tin điện tử|1|Y|
            L|3.1.3|Công khai kết quả giải quyết hồ sơ|0.5|Y|
            C|3.2|Kết quả giải quyết thủ tục hành chính
            L|3.2.1|Tỷ lệ hồ sơ TTHC giải quyết đúng hạn|2.5|R|
            L|3.2.2|Hồ sơ trễ hạn chưa có văn bản xin lỗi|1.5|D0.25|
            L|3.2.3|Tỷ lệ hồ sơ được số hóa kết quả giải quyết|1|T|
            C|3.3|Thực hiện cơ chế một cửa, một cửa liên thông
            L|3.3.1|Bộ phận Một cửa đáp ứng yêu cầu về cơ sở vật chất|1|M|e
            L|3.3.2|Tỷ lệ TTHC liên thông thực hiện đúng quy định|1|R|n
            L|3.3.3|Tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích|1|T|n
            C|3.4|Tiếp nhận, xử lý phản ánh, kiến nghị
            L|3.4.1|Công khai địa chỉ tiếp nhận phản ánh, kiến nghị|0.5|Y|
            L|3.4.2|Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn|2|T|
            C|3.5|Rà soát, đơn giản hóa thủ tục hành chính
            L|3.5.1|Ban hành kế hoạch rà soát TTHC|0.5|Y|
            L|3.5.2|Phương án đơn giản hóa TTHC được đề xuất|1.5|M|n
            A|4|Cải cách tổ chức bộ máy
            C|4.1|Tổ chức bộ máy theo quy định
            L|4.1.1|Quy chế làm việc của UBND được ban hành, cập nhật|1|Y|e
            L|4.1.2|Quy định chức năng, nhiệm vụ của các phòng, ban chuyên môn|1|Y|
            C|4.2|Số lượng cấp phó, biên chế
            L|4.2.1|Số cấp phó vượt quy định|1|D0.5|
            L|4.2.2|Tỷ lệ sử dụng biên chế được giao|1|T|
            L|4.3|Thực hiện nhiệm vụ được phân cấp, ủy quyền|1.5|M|n
            C|4.4|Thôn, tổ dân phố
            L|4.4.1|Tỷ lệ thôn, tổ dân phố đạt tiêu chuẩn quy mô|1|R|n
            L|4.4.2|Kiểm tra hoạt động của thôn, tổ dân phố|0.5|Y|
            A|5|Cải cách chế độ công vụ
            C|5.1|Vị trí việc làm
            L|5.1.1|Tỷ lệ công chức bố trí đúng vị trí việc làm|1|R|
            L|5.1.2|Cập nhật bản mô tả vị trí việc làm|1|Y|
            C|5.2|Tuyển dụng, sử dụng cán bộ, công chức
            L|5.2.1|Thực hiện quy định về tuyển dụng, tiếp nhận|1|M|n
            L|5.2.2|Tỷ lệ công chức đạt chuẩn theo quy định|1|T|
            C|5.3|Đào tạo, bồi dưỡng
            L|5.3.1|Ban hành kế hoạch đào tạo, bồi dưỡng|0.5|Y|
            L|5.3.2|Tỷ lệ hoàn thành kế hoạch đào tạo, bồi dưỡng|1.5|T|
            L|5.4|Đánh giá, xếp loại cán bộ, công chức|1.5|M|
            C|5.5|Kỷ luật, kỷ cương hành chính
            L|5.5.1|Cán bộ, công chức bị kỷ luật|1|D0.5|
            L|5.5.2|Kiểm tra công vụ|0.5|Y|
            A|6|Cải cách tài chính công
            C|6.1|Quản lý, sử dụng ngân sách
            L|6.1.1|Tỷ lệ giải ngân vốn đầu tư công|1.5|T|
            L|6.1.2|Công khai ngân sách theo quy định|0.5|Y|e
            L|6.1.3|Sai phạm tài chính bị cơ quan có thẩm quyền phát hiện|1|D0.5|
            C|6.2|Chi tiêu nội bộ, tài sản công
            L|6.2.1|Ban hành quy chế chi tiêu nội bộ|0.5|Y|
            L|6.2.2|Thực hiện quy chế quản lý, sử dụng tài sản công|1.5|M|
            L|6.3|Thực hiện dự toán thu ngân sách trên địa bàn|2|T|
            A|7|Xây dựng và phát triển chính quyền điện tử, chính quyền số
            C|7.1|Ứng dụng công nghệ thông tin trong chỉ đạo, điều hành
            L|7.1.1|Tỷ lệ văn bản đi gửi dưới dạng điện tử|1|R|
            L|7.1.2|Tỷ lệ văn bản ký số|1|T|
            L|7.1.3|Họp trực tuyến, hội nghị truyền hình|1|Y|n
            C|7.2|Dịch vụ công trực tuyến
            L|7.2.1|Tỷ lệ hồ sơ nộp trực tuyến toàn trình|1.5|T|
            L|7.2.2|Tỷ lệ hồ sơ thanh toán trực tuyến|1|R|
            L|7.2.3|Tỷ lệ hồ sơ số hóa khi tiếp nhận|1.5|T|
            C|7.3|Cổng/Trang thông tin điện tử
            L|7.3.1|Cập nhật thông tin đúng quy định|1|M|
            L|7.3.2|Chuyên mục hỏi đáp, tiếp nhận ý kiến|1|Y|
            L|7.4|Bảo đảm an toàn thông tin mạng|1.5|M|n
            C|7.5|Chuyển đổi số tại cộng đồng
            L|7.5.1|Tổ công nghệ số cộng đồng hoạt động|0.5|Y|
            L|7.5.2|Tỷ lệ người trưởng thành có tài khoản định danh điện tử|1|T|
            A|8|Tác động của cải cách hành chính (điều tra xã hội học)
            C|8.1|Sự hài lòng của người dân, tổ chức về phục vụ hành chính
            L|8.1.1|Tiếp cận dịch vụ|3|S|
            L|8.1.2|Thủ tục hành chính|3|S|
            L|8.1.3|Sự phục vụ của công chức|3|S|
            L|8.1.4|Kết quả giải quyết thủ tục hành chính|3|S|
            L|8.1.5|Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị|3|S|
            C|8.2|Đánh giá của đại biểu HĐND, lãnh đạo về chỉ đạo, điều hành CCHC
            L|8.2.1|Tính kịp thời của công tác chỉ đạo, điều hành|2|S|
            L|8.2.2|Hiệu quả tuyên truyền cải cách hành chính|2|S|
            L|8.2.3|Trách nhiệm của người đứng đầu|2|S|
            C|8.3|Tác động đến chất lượng thể chế và thủ tục hành chính
            L|8.3.1|Tính đồng bộ, khả thi của văn bản|2.5|S|
            L|8.3.2|Mức độ đơn giản của thủ tục hành chính|2.5|S|
            C|8.4|Tác động đến phát triển kinh tế - xã hội của địa phương
            L|8.4.1|Thu hút đầu tư, phát triển doanh nghiệp, hộ kinh doanh|2|S|
            L|8.4.2|Chất lượng dịch vụ y tế, giáo dục công|2|S|
            L|8.4.3|An ninh, trật tự và đời sống người dân|2|S|
            """;

    /** A leaf of {@link #SPEC}: its rule letter(s), maximum and flags. */
    record Leaf(String code, String rule, BigDecimal max, boolean notApplicable, boolean evidence, boolean bonus) {
        boolean survey() {
            return rule.equals("S");
        }

        boolean computed() {
            return !bonus && (rule.equals("Y") || rule.equals("R") || rule.equals("T") || rule.startsWith("D"));
        }
    }

    /** What the stack holds already for a commune: its assessment and the layers written. */
    record Done(long id, long version, Set<String> layers) {
    }

    final Generator g;
    final List<Map<String, Object>> areas = new ArrayList<>();
    final List<Leaf> leaves = new ArrayList<>();

    ParIndex(Generator g) {
        this.g = g;
        parse();
    }

    // ---------------------------------------------------------------- the framework

    /** Builds the areas (as the API's JSON) and the leaves from {@link #SPEC}; the totals must come to 68 + 32. */
    @SuppressWarnings("unchecked")
    private void parse() {
        Map<String, Object> area = null;
        Map<String, Object> criterion = null;
        for (String line : SPEC.strip().split("\n")) {
            String[] f = line.strip().split("\\|", -1);
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("code", f[1]);
            node.put("name", f[2]);
            switch (f[0]) {
                case "A" -> {
                    node.put("children", new ArrayList<>());
                    areas.add(node);
                    area = node;
                }
                case "C" -> {
                    node.put("children", new ArrayList<>());
                    ((List<Object>) area.get("children")).add(node);
                    criterion = node;
                }
                default -> {
                    Leaf leaf = new Leaf(f[1], f[4], new BigDecimal(f[3]), f[5].contains("n"), f[5].contains("e"), false);
                    leaves.add(leaf);
                    node.put("maxPoints", leaf.max());
                    node.put("rule", rule(leaf.rule()));
                    if (leaf.notApplicable()) node.put("notApplicableAllowed", true);
                    if (leaf.evidence()) node.put("evidence", "Văn bản, báo cáo chứng minh (số, ngày ban hành)");
                    boolean sub = f[1].split("\\.").length == 3;
                    ((List<Object>) (sub ? criterion : area).get("children")).add(node);
                }
            }
        }
        BigDecimal total = BigDecimal.ZERO;
        for (Map<String, Object> a : areas) total = total.add(sum(a));
        if (total.compareTo(new BigDecimal("100")) != 0) throw new IllegalStateException("the framework adds up to " + total + ", not 100");
        leaves.add(new Leaf("B1", "M", BigDecimal.ONE, false, false, true));
        leaves.add(new Leaf("B2", "M", BigDecimal.ONE, false, false, true));
    }

    /** Sets every inner node's maxPoints to its children's sum; @return the node's maximum */
    @SuppressWarnings("unchecked")
    private static BigDecimal sum(Map<String, Object> node) {
        List<Map<String, Object>> kids = (List<Map<String, Object>>) node.get("children");
        if (kids == null) return (BigDecimal) node.get("maxPoints");
        BigDecimal s = BigDecimal.ZERO;
        for (Map<String, Object> k : kids) s = s.add(sum(k));
        // maxPoints before children in the JSON, for a reader
        node.remove("children");
        node.put("maxPoints", s);
        node.put("children", kids);
        return s;
    }

    private static Map<String, Object> rule(String r) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (r.substring(0, 1)) {
            case "Y" -> { m.put("type", "YES_NO"); m.put("description", "Có: điểm tối đa; không: 0 điểm"); }
            case "R" -> { m.put("type", "RATIO"); m.put("description", "Điểm tối đa × tỷ lệ %"); }
            case "T" -> {
                m.put("type", "TIERS");
                m.put("tiers", List.of(tier(100, "1"), tier(90, "0.75"), tier(80, "0.5"), tier(70, "0.25")));
                m.put("description", "100%: điểm tối đa; từ 90%: 3/4; từ 80%: 1/2; từ 70%: 1/4; dưới 70%: 0 điểm");
            }
            case "D" -> {
                m.put("type", "DEDUCTION");
                m.put("deductionPerUnit", new BigDecimal(r.substring(1)));
                m.put("description", "Mỗi trường hợp trừ " + r.substring(1) + " điểm, không thấp hơn 0");
            }
            case "M" -> { m.put("type", "MANUAL"); m.put("description", "Hoàn thành tốt: điểm tối đa; hoàn thành: 3/4; chưa hoàn thành: tối đa 1/2"); }
            default -> { m.put("type", "SURVEY"); m.put("description", "Điểm từ kết quả điều tra xã hội học"); }
        }
        return m;
    }

    private static Map<String, Object> tier(int min, String share) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("minPercent", min);
        t.put("share", new BigDecimal(share));
        return t;
    }

    static String title(String block) {
        return "[BENCHMARK " + EDITION + "] Bộ tiêu chí tổng hợp Chỉ số CCHC của UBND các "
                + (block.equals("WARD") ? "phường" : "xã") + " — dữ liệu thử hiệu năng, KHÔNG phải bộ tiêu chí chính thức";
    }

    /** @return the framework document of a province (its issuer) and block, as POSTed */
    Map<String, Object> document(String province, String block) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", province);
        d.put("year", INDEX_YEAR);
        d.put("block", block);
        d.put("title", title(block));
        d.put("decision", "Không có: bộ tiêu chí tổng hợp do bench/src/ParIndex.java sinh ra để đo hiệu năng (issue 7)");
        d.put("maxPoints", new BigDecimal("100"));
        d.put("bands", List.of(band("A", 90, "Nhóm A"), band("B", 80, "Nhóm B"), band("C", 70, "Nhóm C"), band("D", 0, "Nhóm D")));
        d.put("areas", areas);
        List<Map<String, Object>> bonus = new ArrayList<>();
        for (String[] b : new String[][] {{"B1", "Sáng kiến CCHC được cấp có thẩm quyền công nhận"}, {"B2", "Được khen thưởng về công tác CCHC"}}) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("code", b[0]);
            n.put("name", b[1]);
            n.put("maxPoints", BigDecimal.ONE);
            n.put("rule", rule("M"));
            bonus.add(n);
        }
        d.put("bonus", bonus);
        d.put("assumption", true);
        d.put("note", "Synthetic benchmark framework, not an official text: the communes' and wards' real criteria (e.g. Hà Nội's "
                + "QĐ 5666/QĐ-UBND) are not public. Shaped after the ministry's announced structure (8 areas, 100 points = 68 results "
                + "+ 32 survey); names, points and rules are invented for load. See BENCHMARKS.md.");
        return d;
    }

    private static Map<String, Object> band(String code, int min, String name) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("code", code);
        b.put("minPercent", min);
        b.put("name", name);
        return b;
    }

    /** @return the id of the province's benchmark framework of the block: the one with this title, else a new one */
    long framework(String province, String block, AtomicLong created) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> r = g.api.get("/api/v1/par-index/frameworks?issuer=" + province + "&year=" + INDEX_YEAR
                    + "&block=" + block + "&size=100");
            if (r.statusCode() != 200) throw new IOException("frameworks of " + province + ": HTTP " + r.statusCode() + " " + Generator.cut(r.body()));
            for (JsonNode f : Api.JSON.readTree(r.body()).path("items")) {
                if (f.path("title").asText().equals(title(block)) && f.path("year").asInt() == INDEX_YEAR) return f.path("id").asLong();
            }
            r = g.api.post("/api/v1/par-index/frameworks", "application/json", Api.write(document(province, block)));
            if (r.statusCode() == 201) {
                created.incrementAndGet();
                return Api.JSON.readTree(r.body()).path("id").asLong();
            }
            // 409: another edition was created at the same moment; read again
            if (r.statusCode() != 409) throw new IOException("framework of " + province + "/" + block + ": HTTP " + r.statusCode() + " " + Generator.cut(r.body()));
        }
        throw new IOException("framework of " + province + "/" + block + ": still conflicting");
    }

    // ---------------------------------------------------------------- scores

    /** @return the commune's self-assessment entries (every non-survey leaf), reproducible from the seed */
    List<Map<String, Object>> self(String unit) {
        Random r = new Random(g.seed ^ (unit + "/PAR/self").hashCode());
        double quality = quality(unit);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Leaf l : leaves) {
            if (l.survey()) continue;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("code", l.code());
            if (l.bonus()) {
                int p = r.nextInt(100);
                if (p >= (l.code().equals("B1") ? 25 : 15)) continue;
                e.put("score", new BigDecimal(p < 8 ? "1.00" : "0.50"));
            } else if (l.notApplicable() && r.nextInt(100) < 12) {
                e.put("notApplicable", true);
            } else if (l.computed()) {
                e.put("value", value(l, quality, r));
            } else {
                e.put("score", points(l.max(), quality + 0.25 * (r.nextDouble() - 0.4)));
            }
            if (l.evidence() && !e.containsKey("notApplicable")) {
                e.put("evidence", List.of("Văn bản số " + (1 + r.nextInt(300)) + "/KH-UBND ngày " + (1 + r.nextInt(28)) + "/"
                        + (1 + r.nextInt(12)) + "/" + INDEX_YEAR));
            }
            out.add(e);
        }
        return out;
    }

    /** The declared value of a computed leaf: 1/0, a percentage, or a count of deductions. */
    private static BigDecimal value(Leaf l, double quality, Random r) {
        return switch (l.rule().substring(0, 1)) {
            case "Y" -> r.nextDouble() < 0.45 + 0.55 * quality ? BigDecimal.ONE : BigDecimal.ZERO;
            case "D" -> BigDecimal.valueOf(r.nextDouble() < quality ? 0 : 1 + r.nextInt(3));
            default -> BigDecimal.valueOf(Math.max(0, Math.min(100, 100 * (quality + 0.2 * (r.nextDouble() - 0.3)))))
                    .setScale(2, RoundingMode.HALF_UP);
        };
    }

    /** @return the survey points of every SURVEY leaf */
    List<Map<String, Object>> survey(String unit) {
        Random r = new Random(g.seed ^ (unit + "/PAR/survey").hashCode());
        double quality = quality(unit);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Leaf l : leaves) {
            if (!l.survey()) continue;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("code", l.code());
            e.put("score", points(l.max(), 0.55 + 0.4 * quality + 0.1 * (r.nextDouble() - 0.5)));
            e.put("note", "Điều tra xã hội học năm " + INDEX_YEAR + " (số liệu tổng hợp để thử hiệu năng)");
            out.add(e);
        }
        return out;
    }

    /** @return the appraisal: about eight leaves of the self-assessment corrected, with a comment each */
    List<Map<String, Object>> appraisal(String unit) {
        Random r = new Random(g.seed ^ (unit + "/PAR/appraisal").hashCode());
        Map<String, Leaf> byCode = new HashMap<>();
        leaves.forEach(l -> byCode.put(l.code(), l));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> s : self(unit)) {
            Leaf l = byCode.get((String) s.get("code"));
            if (l.bonus() || s.containsKey("notApplicable") || r.nextInt(100) >= 12) continue;
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("code", l.code());
            if (l.computed()) {
                BigDecimal v = (BigDecimal) s.get("value");
                e.put("value", switch (l.rule().substring(0, 1)) {
                    case "Y" -> BigDecimal.ZERO;
                    case "D" -> v.add(BigDecimal.ONE);
                    default -> v.subtract(BigDecimal.valueOf(5 + r.nextInt(15))).max(BigDecimal.ZERO);
                });
                e.put("comment", "Số liệu kê khai chưa khớp tài liệu kiểm chứng; điều chỉnh theo hồ sơ");
            } else {
                e.put("score", ((BigDecimal) s.get("score")).multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.DOWN));
                e.put("comment", "Kết quả thực hiện chưa đầy đủ như tự đánh giá");
            }
            out.add(e);
        }
        return out;
    }

    /** The unit's overall quality, 0.65–1: spreads the index over the bands (Hải Phòng's 2025 wards: 76–96). */
    private double quality(String unit) {
        return 0.65 + 0.35 * new Random(g.seed ^ (unit + "/PAR").hashCode()).nextDouble();
    }

    /** @return share × max (share cut to 0–1), to 0.01 point, never above max */
    private static BigDecimal points(BigDecimal max, double share) {
        return max.multiply(BigDecimal.valueOf(Math.max(0, Math.min(1, share)))).setScale(2, RoundingMode.DOWN);
    }

    boolean appraised(String unit, int percent) {
        return new Random(g.seed ^ (unit + "/PAR/appraised").hashCode()).nextInt(100) < percent;
    }

    // ---------------------------------------------------------------- the phase

    /**
     * Writes what is missing of every commune's assessment, in parallel, and records the phase.
     *
     * @param communes the generated communes and wards
     */
    void load(List<Generator.Unit> communes) throws Exception {
        long t0 = System.nanoTime();
        int percent = Integer.parseInt(g.opt.getOrDefault("par-appraised", "50"));
        Map<String, Done> done = new HashMap<>();
        if (g.opt.containsKey("par-done")) {
            for (String line : Files.readAllLines(Path.of(g.opt.get("par-done")))) {
                String[] f = line.split("\t", -1);
                if (f.length == 4) done.put(f[0], new Done(Long.parseLong(f[1]), Long.parseLong(f[2]),
                        f[3].isEmpty() ? Set.of() : Set.of(f[3].split(","))));
            }
        }
        // one framework per province and block that has communes, reused when it exists
        AtomicLong createdFrameworks = new AtomicLong();
        Map<String, Long> frameworks = new ConcurrentHashMap<>();
        Set<String> keys = new TreeSet<>();
        communes.forEach(u -> keys.add(u.parent() + "/" + u.level()));
        g.parallel(new ArrayList<>(keys), key -> {
            String[] k = key.split("/");
            frameworks.put(key, framework(k[0], k[1], createdFrameworks));
        });
        double frameworkSeconds = (System.nanoTime() - t0) / 1e9;
        AtomicLong opened = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicLong appraisals = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        List<Generator.Unit> todo = new ArrayList<>();
        for (Generator.Unit u : communes) {
            Done d = done.get(u.code());
            boolean appraise = appraised(u.code(), percent);
            if (d == null || !d.layers().contains("SURVEY") || (appraise && !d.layers().contains("APPRAISAL"))
                    || (!d.layers().contains("SELF") && !d.layers().contains("APPRAISAL"))) {
                todo.add(u);
            }
        }
        g.parallel(todo, u -> {
            Done d = done.get(u.code());
            Set<String> layers = d == null ? Set.of() : d.layers();
            long id;
            String etag;
            if (d == null) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("unitCode", u.code());
                body.put("indexYear", INDEX_YEAR);
                body.put("frameworkId", frameworks.get(u.parent() + "/" + u.level()));
                HttpResponse<String> r = g.api.post("/api/v1/par-index/assessments", "application/json", Api.write(body));
                requests.incrementAndGet();
                if (r.statusCode() != 201) throw new IOException("PAR INDEX assessment of " + u.code() + ": HTTP " + r.statusCode() + " " + Generator.cut(r.body()));
                id = Api.JSON.readTree(r.body()).path("id").asLong();
                etag = etag(r);
                opened.incrementAndGet();
            } else {
                id = d.id();
                etag = "\"" + d.version() + "\"";
            }
            String path = "/api/v1/par-index/assessments/" + id;
            if (!layers.contains("SELF") && !layers.contains("APPRAISAL")) {
                etag = put(path + "/self-assessment", etag, self(u.code()), u, requests);
            }
            if (!layers.contains("SURVEY")) {
                etag = put(path + "/survey", etag, survey(u.code()), u, requests);
            }
            if (appraised(u.code(), percent) && !layers.contains("APPRAISAL")) {
                put(path + "/appraisal", etag, appraisal(u.code()), u, requests);
                appraisals.incrementAndGet();
            }
            completed.incrementAndGet();
        });
        g.phase("parIndex", communes.size(), completed.get(), t0);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) g.stats.get("parIndex");
        m.put("indexYear", INDEX_YEAR);
        m.put("frameworks", frameworks.size());
        m.put("frameworksCreated", createdFrameworks.get());
        m.put("frameworkSeconds", Math.round(frameworkSeconds * 100) / 100.0);
        m.put("leaves", leaves.size());
        m.put("assessmentsOpened", opened.get());
        m.put("appraisalsWritten", appraisals.get());
        m.put("appraisedPercent", percent);
        m.put("requests", requests.get());
        m.put("requestsPerSecond", Math.round(requests.get() / Math.max((double) m.get("seconds"), 1e-9)));
    }

    private String put(String path, String etag, List<Map<String, Object>> entries, Generator.Unit u, AtomicLong requests)
            throws IOException, InterruptedException {
        HttpResponse<String> r = g.api.put(path, etag, Api.write(Map.of("entries", entries)));
        requests.incrementAndGet();
        if (r.statusCode() != 200) throw new IOException("PUT " + path + " (" + u.code() + "): HTTP " + r.statusCode() + " " + Generator.cut(r.body()));
        return etag(r);
    }

    private static String etag(HttpResponse<String> r) throws IOException {
        return r.headers().firstValue("ETag").orElseThrow(() -> new IOException("no ETag in the answer of " + r.uri()));
    }
}
