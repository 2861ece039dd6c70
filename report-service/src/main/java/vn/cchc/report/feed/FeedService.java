package vn.cchc.report.feed;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.report.content.ContentHash;
import vn.cchc.report.content.ReportContent;
import vn.cchc.report.content.TargetCounts;
import vn.cchc.report.content.TaskCounts;
import vn.cchc.report.report.ReportAccess;
import vn.cchc.report.report.ReportRepository;
import vn.cchc.report.report.ReportVersion;

/**
 * The pull API for city systems (client {@code city-portal}, role integration, unit HN): approved and
 * sent report versions of the units under a parent — never drafts, submitted or returned versions, for
 * any caller — listed with {@code updatedSince}, or exported in bulk as JSON Lines (one full snapshot per
 * line) or CSV (one row per report with its headline numbers). The caller must read the parent.
 */
@ApplicationScoped
public class FeedService {

    /** CSV columns, in order. */
    static final List<String> CSV_HEADER = List.of("unitCode", "unitName", "regimeCode", "periodCode", "version", "state", "timeliness",
            "submittedAt", "approvedAt", "sentAt", "contentHash", "tasksTotal", "tasksDone", "tasksInProgress", "tasksNotStarted",
            "tasksOverdue", "outputsDelivered", "targetsTotal", "targetsMet", "targetsNotMet", "targetsAtRisk", "targetsOnTrack",
            "targetsNoData", "targetsNotEvaluable");

    private final ReportAccess access;
    private final ReportRepository.Versions versions;

    public FeedService(ReportAccess access, ReportRepository.Versions versions) {
        this.access = access;
        this.versions = versions;
    }

    /**
     * @param caller       the caller, who must read the parent
     * @param parent       parent unit code (its own reports included)
     * @param regimeId     one regime, may be null
     * @param period       one period, may be null
     * @param updatedSince only versions whose state changed after this instant, may be null
     * @param withContent  include each full snapshot
     * @return the released versions, by unit path and period
     * @throws ProblemException 404 parent not visible, 422 no parent
     */
    @WithSpan
    public ReleasedPage released(Caller caller, String parent, Long regimeId, String period, Instant updatedSince, boolean withContent) {
        if (parent == null || parent.isBlank()) {
            throw ProblemException.invalid("parent", "must not be blank");
        }
        String scope = ReportAccess.materialised(access.readableUnit(caller, parent));
        String p = period == null || period.isBlank() ? null : period;
        List<ReleasedReport> items = versions.released(scope, regimeId, p, updatedSince).stream().map(v -> of(v, withContent)).toList();
        Instant latest = items.stream().map(ReleasedReport::updatedAt).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new ReleasedPage(parent, p, updatedSince, latest, items);
    }

    /**
     * @param page the released versions with their content
     * @param out  where to write JSON Lines: one {@link ReleasedReport} per line, canonical JSON
     * @throws IOException when the client goes away
     */
    public static void writeJsonLines(ReleasedPage page, OutputStream out) throws IOException {
        for (ReleasedReport r : page.items()) {
            out.write(ContentHash.toJson(r).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        out.flush();
    }

    /**
     * @param page the released versions with their content
     * @param out  where to write CSV (UTF-8 with BOM for spreadsheet programs, RFC 4180): {@link #CSV_HEADER}, one row per version
     * @throws IOException when the client goes away
     */
    public static void writeCsv(ReleasedPage page, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get())) {
            for (ReleasedReport r : page.items()) {
                ReportContent c = r.content();
                TaskCounts t = c == null ? TaskCounts.NONE : c.assessment().tasks();
                TargetCounts g = c == null ? TargetCounts.NONE : c.assessment().targets();
                csv.printRecord(r.unitCode(), r.unitName(), r.regimeCode(), r.periodCode(), r.version(), r.state(), r.timeliness(),
                        r.submittedAt(), r.approvedAt(), r.sentAt(), r.contentHash(), t.total(), t.done(), t.inProgress(), t.notStarted(),
                        t.overdue(), t.outputsDelivered(), g.total(), g.met(), g.notMet(), g.atRisk(), g.onTrack(), g.noData(), g.notEvaluable());
            }
        }
    }

    private static ReleasedReport of(ReportVersion v, boolean withContent) {
        var r = v.report;
        return new ReleasedReport(r.id, v.number, r.unitCode, r.unitName, r.regime.id, r.regime.code, r.periodCode, v.state.name(),
                v.contentHash, v.submittedAt, v.timeliness, v.decidedAt, v.sentAt, v.updatedAt,
                "/api/v1/reports/" + r.id + "/versions/" + v.number, withContent ? ContentHash.read(v.content) : null);
    }
}
