package vn.cchc.report.export;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.common.unit.UnitAccess;
import vn.cchc.common.unit.UnitRef;
import vn.cchc.report.consolidated.ConsolidatedView;
import vn.cchc.report.consolidated.ConsolidationService;
import vn.cchc.report.document.DocumentFormat;
import vn.cchc.report.document.DocumentService;
import vn.cchc.report.document.RenderedDocument;
import vn.cchc.report.report.ReportService;
import vn.cchc.report.report.ReportVersionView;
import vn.cchc.report.report.ReportView;

/**
 * Renders reports as documents. Access is the report service's own (the same 404s as reading the
 * report, its version or the consolidated view); this class only lays out and renders.
 */
@ApplicationScoped
public class ExportService {

    private final ReportService reports;
    private final ConsolidationService consolidation;
    private final DocumentService documents;
    private final UnitAccess units;

    public ExportService(ReportService reports, ConsolidationService consolidation, DocumentService documents, UnitAccess units) {
        this.reports = reports;
        this.consolidation = consolidation;
        this.documents = documents;
        this.units = units;
    }

    /**
     * @return the report's current content as a document, dated today (Vietnam time)
     * @throws ProblemException 404 when not visible; 409 when it has no content yet
     */
    @WithSpan
    public RenderedDocument current(Caller caller, long id, DocumentFormat format) {
        ReportView r = reports.get(caller, id);
        if (r.content() == null) {
            throw ProblemException.conflict("Report " + id + " has not been assembled yet");
        }
        return documents.render(ReportDocuments.report(r.content(), VietnamTime.today(), null), format);
    }

    /**
     * @return a frozen version as a document, dated the day it was submitted (Vietnam time)
     * @throws ProblemException 404 when not visible
     */
    @WithSpan
    public RenderedDocument version(Caller caller, long id, int number, DocumentFormat format) {
        ReportVersionView v = reports.version(caller, id, number);
        LocalDate date = v.submittedAt() == null ? VietnamTime.today() : v.submittedAt().atZone(VietnamTime.ZONE).toLocalDate();
        return documents.render(ReportDocuments.report(v.content(), date, null), format);
    }

    /**
     * @return the consolidated view of a parent and period as a document, dated today
     * @throws ProblemException as {@link ConsolidationService#consolidate}
     */
    @WithSpan
    public RenderedDocument consolidated(Caller caller, String parent, Long regime, String period, DocumentFormat format) {
        ConsolidatedView v = consolidation.consolidate(caller, parent, regime, period);
        String name = units.visible(v.parent()).map(UnitRef::name).orElse(v.parent());
        return documents.render(ReportDocuments.consolidated(v, name, VietnamTime.today()), format);
    }
}
