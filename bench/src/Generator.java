import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The national data set of issue 7, written through the public bulk APIs of the gateway and
 * reproducible from a seed (the same seed and scale give the same units, plans, values and survey
 * answers; only the last measurable month depends on today's date, because the services refuse
 * values for periods that have not ended).
 *
 * <p>Modes:
 * <ul>
 *   <li>{@code load}: 34 provinces and 3,321 communes/wards (126 under HN) × {@code --scale}, through
 *   {@code POST /api/v1/units}; one 2026 plan per commune ({@code POST /api/v1/plans/import},
 *   {@code cchc-plan/1}, built from Phường Ba Đình's real plan: its 37 targets and its 43 tasks plus
 *   copies up to {@code --tasks}); measurements of every indicator of the catalogue for 2025 and 2026
 *   to date at the indicator's own period type ({@code POST /api/v1/measurements/bulk}, CSV, ≤ 5000 rows
 *   per request); {@code --sipas} SIPAS responses per commune ({@code POST /api/v1/sipas/surveys/SIPAS-TTHC/responses}).
 *   then a PAR INDEX assessment of index year 2025 per commune ({@link ParIndex}: a synthetic benchmark
 *   framework per province and block, self-assessment, survey points, an appraisal for {@code --par-appraised} %).
 *   Prints the time and rows per second of each phase and writes them to {@code --stats} (JSON).</li>
 *   <li>{@code par}: the PAR INDEX phase alone, for a data set loaded before it existed; {@code --merge-stats}
 *   names the stats of that load, to which this phase's are added.</li>
 *   <li>{@code ingest}: scenario 4 (after {@code --warmup} rows of 2022, untimed). {@code --rows} measurement rows of 2024 for the first communes, sent
 *   on one connection in 5000-row bulk requests (timed), and the same rows shifted to 2023 written as a
 *   CSV file ({@code --copy-csv}) in the measurement table's column order for {@code COPY}.</li>
 * </ul>
 * Indicators come from a TSV ({@code --indicators}: code, id, kind, period type) that bench/run reads
 * from the kpi database.
 */
public final class Generator {
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String[][] PROVINCES = {
        {"HN", "Thành phố Hà Nội"}, {"HUE", "Thành phố Huế"}, {"LCH", "Tỉnh Lai Châu"}, {"DBN", "Tỉnh Điện Biên"},
        {"SLA", "Tỉnh Sơn La"}, {"LSN", "Tỉnh Lạng Sơn"}, {"QNH", "Tỉnh Quảng Ninh"}, {"THA", "Tỉnh Thanh Hóa"},
        {"NAN", "Tỉnh Nghệ An"}, {"HTI", "Tỉnh Hà Tĩnh"}, {"CBG", "Tỉnh Cao Bằng"}, {"TQ", "Tỉnh Tuyên Quang"},
        {"LCI", "Tỉnh Lào Cai"}, {"TNG", "Tỉnh Thái Nguyên"}, {"PTO", "Tỉnh Phú Thọ"}, {"BNH", "Tỉnh Bắc Ninh"},
        {"HYN", "Tỉnh Hưng Yên"}, {"HP", "Thành phố Hải Phòng"}, {"NBH", "Tỉnh Ninh Bình"}, {"QTR", "Tỉnh Quảng Trị"},
        {"DNG", "Thành phố Đà Nẵng"}, {"QNG", "Tỉnh Quảng Ngãi"}, {"GLA", "Tỉnh Gia Lai"}, {"KHA", "Tỉnh Khánh Hòa"},
        {"LDG", "Tỉnh Lâm Đồng"}, {"DLK", "Tỉnh Đắk Lắk"}, {"HCM", "Thành phố Hồ Chí Minh"}, {"DNA", "Tỉnh Đồng Nai"},
        {"TNH", "Tỉnh Tây Ninh"}, {"CTO", "Thành phố Cần Thơ"}, {"VLG", "Tỉnh Vĩnh Long"}, {"DTP", "Tỉnh Đồng Tháp"},
        {"CMU", "Tỉnh Cà Mau"}, {"AGG", "Tỉnh An Giang"}};
    static final int COMMUNES = 3321;
    static final int HN_COMMUNES = 126;
    static final String[] QUESTIONS = {"ACCESS_1", "ACCESS_2", "ACCESS_3", "PROC_1", "PROC_2", "PROC_3", "PROC_4",
        "OFF_1", "OFF_2", "OFF_3", "OFF_4", "OFF_5", "RES_1", "RES_2", "RES_3", "FB_1", "FB_2", "FB_3", "FB_4"};
    static final String[] CHANNELS = {"KIOSK", "WEB", "PAPER", "PHONE", "SMS", "APP", "INTERVIEW"};
    /** The services' own limit per bulk request. */
    static final int MAX_BULK = 5000;

    record Unit(String code, String name, String level, String parent) { }
    record Indicator(String code, long id, String kind, String periodType) { }
    record Row(String unit, Indicator ind, String period, LocalDate from, LocalDate to, String value, String num, String den) { }

    final Map<String, String> opt = new LinkedHashMap<>();
    final long seed;
    final double scale;
    final int threads;
    /** Rows per bulk request (kpi-service takes up to 5000; see BENCHMARKS.md for why the default is lower). */
    final int batch;
    final Api api;
    final List<Indicator> indicators = new ArrayList<>();
    final LocalDate today = LocalDate.now(VN);
    final Map<String, Object> stats = new LinkedHashMap<>();

    Generator(String[] args) throws IOException {
        for (int k = 0; k < args.length; k++) {
            if (args[k].startsWith("--")) {
                opt.put(args[k].substring(2), k + 1 < args.length && !args[k + 1].startsWith("--") ? args[++k] : "true");
            } else {
                opt.put("mode", args[k]);
            }
        }
        seed = Long.parseLong(opt.getOrDefault("seed", "2026"));
        scale = Double.parseDouble(opt.getOrDefault("scale", "1"));
        threads = Integer.parseInt(opt.getOrDefault("threads", "4"));
        batch = Math.min(MAX_BULK, Integer.parseInt(opt.getOrDefault("batch", "1000")));
        api = new Api(req("gateway"), req("keycloak"), opt.getOrDefault("user", "admin"), opt.getOrDefault("password", "demo"));
        for (String line : Files.readAllLines(Path.of(req("indicators")))) {
            String[] f = line.split("\t");
            if (f.length == 4) indicators.add(new Indicator(f[0], Long.parseLong(f[1]), f[2], f[3]));
        }
    }

    String req(String name) {
        String v = opt.get(name);
        if (v == null) throw new IllegalArgumentException("--" + name + " is required");
        return v;
    }

    public static void main(String[] args) throws Exception {
        Generator g = new Generator(args);
        String mode = g.opt.getOrDefault("mode", "load");
        if (g.opt.containsKey("merge-stats")) {
            g.stats.putAll(Api.JSON.readValue(Path.of(g.opt.get("merge-stats")).toFile(),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { }));
        }
        if (mode.equals("load")) g.load();
        else if (mode.equals("par")) new ParIndex(g).load(g.communes());
        else if (mode.equals("ingest")) g.ingest();
        else throw new IllegalArgumentException("mode is load, par or ingest");
        if (g.opt.containsKey("stats")) Files.writeString(Path.of(g.opt.get("stats")), Api.write(g.stats) + "\n");
    }

    // ---------------------------------------------------------------- units

    /** @return the provinces and, per province, its communes (HN: 126, the rest share 3,195), scaled */
    List<List<Unit>> units() {
        List<List<Unit>> all = new ArrayList<>();
        int others = PROVINCES.length - 1;
        int rest = COMMUNES - HN_COMMUNES;
        for (int p = 0; p < PROVINCES.length; p++) {
            String code = PROVINCES[p][0];
            int full = p == 0 ? HN_COMMUNES : rest / others + (p - 1 < rest % others ? 1 : 0);
            int n = Math.max(1, (int) Math.round(full * scale));
            List<Unit> list = new ArrayList<>();
            list.add(new Unit(code, PROVINCES[p][1], "PROVINCE", null));
            for (int c = 1; c <= n; c++) {
                String cc = String.format("%s-B%04d", code, c);
                // seeded per unit, so a larger scale keeps the units of a smaller one as they were
                boolean ward = new Random(seed ^ cc.hashCode()).nextInt(100) < 40;
                list.add(new Unit(cc,
                        String.format("%s Mẫu %04d (%s)", ward ? "Phường" : "Xã", c, PROVINCES[p][1].replaceFirst("^(Tỉnh|Thành phố) ", "")),
                        ward ? "WARD" : "COMMUNE", code));
            }
            all.add(list);
        }
        return all;
    }

    /** @return every generated commune and ward, province by province */
    List<Unit> communes() {
        List<Unit> communes = new ArrayList<>();
        for (List<Unit> p : units()) communes.addAll(p.subList(1, p.size()));
        return communes;
    }

    void load() throws Exception {
        List<List<Unit>> tree = units();
        List<Unit> communes = communes();
        stats.put("seed", seed);
        stats.put("scale", scale);
        stats.put("provinces", tree.size());
        stats.put("communes", communes.size());

        long t0 = System.nanoTime();
        AtomicLong created = new AtomicLong();
        for (List<Unit> p : tree) postUnit(p.get(0), created);
        parallel(communes, u -> postUnit(u, created));
        phase("units", tree.size() + communes.size(), created.get(), t0);

        t0 = System.nanoTime();
        String template = Files.readString(Path.of(opt.getOrDefault("template", "deploy/demo/plans/HN-BADINH-2026.json")));
        int tasks = Integer.parseInt(opt.getOrDefault("tasks", "60"));
        AtomicLong plans = new AtomicLong();
        AtomicLong planRows = new AtomicLong();
        parallel(communes, u -> {
            Map<String, Object> doc = plan(template, u, tasks);
            planRows.addAndGet(((List<?>) doc.get("tasks")).size() + ((List<?>) doc.get("targets")).size());
            HttpResponse<String> r = api.post("/api/v1/plans/import", "application/json", Api.write(doc));
            if (r.statusCode() == 201) plans.incrementAndGet();
            else if (r.statusCode() != 409) throw new IOException("plan of " + u.code() + ": HTTP " + r.statusCode() + " " + r.body());
        });
        phase("plans", communes.size(), plans.get(), t0);
        stats.put("planTargetsAndTasks", planRows.get());

        t0 = System.nanoTime();
        // a request holds whole communes, so a load cut short resumes: bench/run lists the communes
        // that have measurements already (--done-units) and they are skipped
        java.util.Set<String> done = new java.util.HashSet<>();
        if (opt.containsKey("done-units")) done.addAll(Files.readAllLines(Path.of(opt.get("done-units"))));
        List<List<Row>> batches = new ArrayList<>();
        List<Row> cur0 = new ArrayList<>();
        long skipped = 0;
        for (Unit u : communes) {
            List<Row> rows = rows(u.code(), 2025, true);
            rows.addAll(rows(u.code(), 2026, false));
            if (done.contains(u.code())) { skipped += rows.size(); continue; }
            if (!cur0.isEmpty() && cur0.size() + rows.size() > batch) { batches.add(cur0); cur0 = new ArrayList<>(); }
            cur0.addAll(rows);
        }
        if (!cur0.isEmpty()) batches.add(cur0);
        long mrows = batches.stream().mapToLong(List::size).sum();
        parallel(batches, b -> postMeasurements(b));
        phase("measurements", mrows + skipped, mrows, t0);
        stats.put("measurementRowsPerCommune", communes.isEmpty() ? 0 : (mrows + skipped) / communes.size());

        int perUnit = Integer.parseInt(opt.getOrDefault("sipas", "200"));
        java.util.Set<String> sipasDone = new java.util.HashSet<>();
        if (opt.containsKey("sipas-done-units")) sipasDone.addAll(Files.readAllLines(Path.of(opt.get("sipas-done-units"))));
        if (perUnit > 0) {
            t0 = System.nanoTime();
            List<List<String>> sb = new ArrayList<>();
            List<String> cur = new ArrayList<>();
            for (Unit u : communes) {
                if (sipasDone.contains(u.code())) continue;
                Random r = new Random(seed ^ u.code().hashCode() * 31L);
                for (int k = 0; k < perUnit; k++) {
                    if (cur.size() == batch) { sb.add(cur); cur = new ArrayList<>(); }
                    cur.add(sipasLine(u.code(), r));
                }
            }
            if (!cur.isEmpty()) sb.add(cur);
            String header = "unit,period,channel,onlineService," + String.join(",", QUESTIONS) + "\n";
            parallel(sb, lines -> {
                HttpResponse<String> r = api.post("/api/v1/sipas/surveys/SIPAS-TTHC/responses", "text/csv",
                        header + String.join("\n", lines) + "\n");
                if (r.statusCode() / 100 != 2) throw new IOException("SIPAS responses: HTTP " + r.statusCode() + " " + cut(r.body()));
            });
            long n = (long) perUnit * communes.size();
            long sent = sb.stream().mapToLong(List::size).sum();
            phase("sipas", n, sent, t0);
        }
        new ParIndex(this).load(communes);
    }

    void postUnit(Unit u, AtomicLong created) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", u.code());
        body.put("name", u.name());
        body.put("level", u.level());
        if (u.parent() != null) body.put("parentCode", u.parent());
        HttpResponse<String> r = api.post("/api/v1/units", "application/json", Api.write(body));
        if (r.statusCode() == 201) created.incrementAndGet();
        else if (r.statusCode() != 409) throw new IOException("unit " + u.code() + ": HTTP " + r.statusCode() + " " + cut(r.body()));
    }

    // ---------------------------------------------------------------- plans

    /** The commune's 2026 plan: the template's groups and targets, its tasks plus seeded copies up to {@code tasks}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> plan(String template, Unit u, int tasks) throws IOException {
        Map<String, Object> doc = Api.JSON.readValue(template, Map.class);
        doc.put("unitCode", u.code());
        doc.put("title", "Kế hoạch Cải cách hành chính nhà nước năm 2026 của " + u.name());
        doc.put("issuer", "Ủy ban nhân dân " + u.name());
        doc.put("status", "DRAFT");
        doc.remove("parent");
        doc.remove("source");
        doc.remove("documentNumber");
        doc.remove("documentDate");
        List<Map<String, Object>> targets = (List<Map<String, Object>>) doc.get("targets");
        targets.forEach(t -> t.remove("parentRef"));
        List<Map<String, Object>> list = (List<Map<String, Object>>) doc.get("tasks");
        list.forEach(t -> t.remove("parentRef"));
        Random r = new Random(seed ^ u.code().hashCode());
        int base = list.size();
        for (int k = 1; list.size() < tasks; k++) {
            Map<String, Object> copy = Api.JSON.readValue(Api.write(list.get(r.nextInt(base))), Map.class);
            copy.put("ref", "B" + k);
            copy.put("number", "B" + k);
            copy.put("title", copy.get("title") + " (đợt " + (k + 1) + ")");
            list.add(copy);
        }
        return doc;
    }

    // ---------------------------------------------------------------- measurements

    /**
     * Every indicator's values of one unit for a year at its own period type; {@code whole}: every
     * period of the year, else the periods ended by today (a YEAR value then covers 1/1 to the end of
     * the last full month, a cut-off window).
     */
    List<Row> rows(String unit, int year, boolean whole) {
        List<Row> out = new ArrayList<>();
        YearMonth last = whole ? YearMonth.of(year, 12) : YearMonth.from(today).minusMonths(1);
        for (Indicator ind : indicators) {
            Random r = new Random(seed ^ (unit + ind.code() + year).hashCode());
            switch (ind.periodType()) {
                case "MONTH" -> {
                    for (int m = 1; m <= 12 && !YearMonth.of(year, m).isAfter(last); m++) {
                        YearMonth ym = YearMonth.of(year, m);
                        out.add(row(unit, ind, ym.toString(), ym.atDay(1), ym.atEndOfMonth(), 1, r));
                    }
                }
                case "QUARTER" -> {
                    for (int q = 1; q <= 4 && !YearMonth.of(year, q * 3).isAfter(last); q++) {
                        out.add(row(unit, ind, year + "-Q" + q, LocalDate.of(year, q * 3 - 2, 1),
                                YearMonth.of(year, q * 3).atEndOfMonth(), 3, r));
                    }
                }
                default -> {
                    if (last.getYear() == year) {
                        out.add(row(unit, ind, Integer.toString(year), LocalDate.of(year, 1, 1), last.atEndOfMonth(), last.getMonthValue(), r));
                    }
                }
            }
        }
        return out;
    }

    static Row row(String unit, Indicator ind, String period, LocalDate from, LocalDate to, int months, Random r) {
        switch (ind.kind()) {
            case "RATIO" -> {
                int den = (20 + r.nextInt(200)) * months;
                int num = (int) Math.round(den * (0.75 + 0.25 * r.nextDouble()));
                return new Row(unit, ind, period, from, to, String.format(Locale.ROOT, "%.6f", 100.0 * num / den),
                        Integer.toString(num), Integer.toString(den));
            }
            case "PERCENT" -> { return new Row(unit, ind, period, from, to, String.format(Locale.ROOT, "%.1f", 60 + 40 * r.nextDouble()), "", ""); }
            case "COUNT" -> { return new Row(unit, ind, period, from, to, Integer.toString(r.nextInt(3 * months + 1)), "", ""); }
            case "RANK" -> { return new Row(unit, ind, period, from, to, Integer.toString(1 + r.nextInt(30)), "", ""); }
            default -> { return new Row(unit, ind, period, from, to, String.format(Locale.ROOT, "%.2f", 50 + 50 * r.nextDouble()), "", ""); }
        }
    }

    static String csv(List<Row> rows) {
        StringBuilder b = new StringBuilder("unit,indicator,period,windowStart,windowEnd,value,numerator,denominator,note\n");
        for (Row x : rows) {
            boolean ratio = !x.num().isEmpty();
            b.append(x.unit()).append(',').append(x.ind().code()).append(',').append(x.period()).append(',')
                    .append(x.from()).append(',').append(x.to()).append(',').append(ratio ? "" : x.value()).append(',')
                    .append(x.num()).append(',').append(x.den()).append(",\n");
        }
        return b.toString();
    }

    void postMeasurements(List<Row> rows) throws IOException, InterruptedException {
        HttpResponse<String> r = api.post("/api/v1/measurements/bulk", "text/csv", csv(rows));
        if (r.statusCode() / 100 != 2) throw new IOException("measurements bulk: HTTP " + r.statusCode() + " " + cut(r.body()));
    }

    String sipasLine(String unit, Random r) {
        StringBuilder b = new StringBuilder(unit).append(",2026-Q").append(1 + r.nextInt(3)).append(',')
                .append(CHANNELS[r.nextInt(CHANNELS.length)]).append(',').append(r.nextBoolean());
        for (int q = 0; q < QUESTIONS.length; q++) {
            int p = r.nextInt(100);
            b.append(',').append(p < 3 ? 1 : p < 8 ? 2 : p < 20 ? 3 : p < 60 ? 4 : 5);
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- scenario 4

    /** Scenario 4: {@code --rows} values of 2024 through the bulk API on one connection, and the same rows of 2023 for COPY. */
    void ingest() throws Exception {
        long want = Long.parseLong(opt.getOrDefault("rows", "50000"));
        List<Unit> communes = communes();
        List<Row> rows = new ArrayList<>();
        for (int k = 0; rows.size() < want; k++) {
            if (k == communes.size()) break;
            rows.addAll(rows(communes.get(k).code(), 2024, true));
        }
        if (rows.size() > want) rows = new ArrayList<>(rows.subList(0, (int) want));
        // the service's bulk path (and this client) compiled before the clock starts: --warmup rows of 2022,
        // from the last communes, sent the same way (bench/run deletes them with the timed rows)
        long warm = Long.parseLong(opt.getOrDefault("warmup", "0"));
        List<Row> warmRows = new ArrayList<>();
        for (int k = communes.size() - 1; k >= 0 && warmRows.size() < warm; k--) {
            warmRows.addAll(rows(communes.get(k).code(), 2022, true));
        }
        if (warmRows.size() > warm) warmRows = new ArrayList<>(warmRows.subList(0, (int) warm));
        for (int k = 0; k < warmRows.size(); k += batch) postMeasurements(warmRows.subList(k, Math.min(warmRows.size(), k + batch)));
        long t0 = System.nanoTime();
        for (int k = 0; k < rows.size(); k += batch) postMeasurements(rows.subList(k, Math.min(rows.size(), k + batch)));
        phase("ingest", rows.size(), rows.size(), t0);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(req("copy-csv")), StandardCharsets.UTF_8))) {
            long id = 9_000_000_000_000L;
            for (Row x : rows) {
                String period = x.period().replaceFirst("^2024", "2023");
                String kind = x.period().contains("Q") ? "QUARTER" : x.period().length() == 7 ? "MONTH" : "YEAR";
                w.printf("%d,%s,%d,%s,%s,%s,%s,%s,%s,%s,IMPORT,,1,true,,,%s,admin%n", id++, x.unit(), x.ind().id(), period, kind,
                        x.from().minusYears(1), x.to().minusYears(1), x.value(), x.num(), x.den(), java.time.OffsetDateTime.now());
            }
        }
    }

    // ---------------------------------------------------------------- plumbing

    interface Job<T> { void run(T t) throws Exception; }

    <T> void parallel(List<T> items, Job<T> job) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (T t : items) fs.add(pool.submit(() -> { job.run(t); return null; }));
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    void phase(String name, long rows, long written, long t0) {
        double s = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rows", rows);
        m.put("written", written);
        m.put("seconds", Math.round(s * 100) / 100.0);
        m.put("rowsPerSecond", Math.round(written / Math.max(s, 1e-9)));
        stats.put(name, m);
        System.out.printf(Locale.ROOT, "[bench] %-12s %8d rows (%d new) in %7.1f s = %8.0f rows/s%n", name, rows, written, s, written / Math.max(s, 1e-9));
    }

    static String cut(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
