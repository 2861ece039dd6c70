package vn.cchc.report.report;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.Versions;
import vn.cchc.common.persistence.UniqueViolation;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.report.content.ContentHash;
import vn.cchc.report.content.Narrative;
import vn.cchc.report.content.ReformArea;
import vn.cchc.report.content.ReportAssembler;
import vn.cchc.report.content.ReportContent;
import vn.cchc.report.regime.ReportingPeriod;
import vn.cchc.report.regime.ReportingRegime;
import vn.cchc.report.regime.ReportingRegimeRepository;

/**
 * Reports: start one (assembled at once), read, list, re-assemble the draft, write its narrative, and
 * read its versions and history. Moves in the life cycle are {@link ReportTransitions}'. Every write
 * checks the caller against the report's unit ({@link ReportLifecycle#mayAct}: officers and leaders of
 * the unit); sources are asked before any transaction opens, so a failing source changes nothing.
 */
@ApplicationScoped
public class ReportService {

    private final ReportRepository reports;
    private final ReportRepository.Versions versions;
    private final ReportRepository.Events events;
    private final ReportingRegimeRepository regimes;
    private final ReportAccess access;
    private final ReportAssembly assembly;

    public ReportService(ReportRepository reports, ReportRepository.Versions versions, ReportRepository.Events events,
                         ReportingRegimeRepository regimes, ReportAccess access, ReportAssembly assembly) {
        this.reports = reports;
        this.versions = versions;
        this.events = events;
        this.regimes = regimes;
        this.access = access;
        this.assembly = assembly;
    }

    /**
     * Starts the report of a unit for a regime's period and assembles its numbers.
     *
     * @param caller the caller, an officer or leader of the unit
     * @param in     unit, regime, period
     * @return the new draft with its content
     * @throws ProblemException 404 unit or regime not visible, 403 not the unit's officer or leader, 422 the
     *                          unit does not owe the regime or the period is not the regime's, 409 a report exists
     *                          already, 503 a source did not answer (nothing stored)
     */
    @WithSpan
    public ReportView create(Caller caller, NewReport in) {
        List<String> path = access.readableUnit(caller, in.unitCode());
        if (!ReportLifecycle.mayAct(caller, in.unitCode(), null)) {
            throw ProblemException.forbidden("Only an officer or leader of " + in.unitCode() + " prepares its reports");
        }
        ReportingRegime regime = regimes.findByIdOptional(in.regimeId())
                .orElseThrow(() -> ProblemException.invalid("regimeId", "no reporting regime " + in.regimeId()));
        if (!RegimeDuty.owes(regime, path)) {
            throw ProblemException.invalid("regimeId", in.unitCode() + " does not report under regime " + regime.id
                    + " (" + regime.unitCode + " " + regime.code + " " + regime.year + ")");
        }
        ReportingPeriod period = RegimeDuty.period(regime, in.periodCode())
                .orElseThrow(() -> ProblemException.invalid("periodCode", "regime " + regime.id + " has no period " + in.periodCode()));
        reports.find(in.unitCode(), regime.id, period.code).ifPresent(r -> {
            throw exists(r.id, in);
        });
        LocalDate today = VietnamTime.today();
        ReportAssembly.Assembled a = assembly.assemble(in.unitCode(), regime, period, today);
        return QuarkusTransaction.joiningExisting().call(() -> {
            Report r = new Report();
            r.unitCode = in.unitCode();
            r.unitPath = ReportAccess.materialised(path);
            r.unitName = a.unitName();
            r.regime = regimes.findById(regime.id);
            r.periodCode = period.code;
            r.content = ContentHash.canonicalJson(a.content());
            r.narrative = ContentHash.toJson(Narrative.EMPTY);
            r.assembledAt = a.content().header().assembledAt();
            r.stampCreated(caller.username());
            try {
                reports.persistAndFlush(r);
            } catch (PersistenceException e) {
                if (!UniqueViolation.of(e, "report_unit_regime_period_uk")) {
                    throw e;
                }
                throw exists(null, in);
            }
            record(r, caller, "CREATE", null, null, null);
            return view(r, true);
        });
    }

    /**
     * @param caller the caller
     * @param id     report id
     * @return the report with its current content
     * @throws ProblemException 404 when not visible (integration accounts read versions only)
     */
    @WithSpan
    public ReportView get(Caller caller, long id) {
        return view(access.readable(caller, id), true);
    }

    /**
     * @param caller   the caller
     * @param unitCode one unit (must be readable), or null for the caller's subtree
     * @param regimeId one regime, may be null
     * @param period   one period, may be null
     * @param status   one status, may be null
     * @param page     zero-based page
     * @param size     page size
     * @return reports without content, by unit then period
     */
    @WithSpan
    public Page<ReportView> list(Caller caller, String unitCode, Long regimeId, String period, ReportStatus status, int page, int size) {
        if (ReportAccess.integrationOnly(caller)) {
            return new Page<>(List.of(), page, size, 0);
        }
        String scope;
        if (unitCode != null && !unitCode.isBlank()) {
            scope = ReportAccess.materialised(access.readableUnit(caller, unitCode));
        } else if (caller.isAdmin()) {
            scope = "/";
        } else if (caller.unitCode() == null) {
            return new Page<>(List.of(), page, size, 0);
        } else {
            scope = ReportAccess.materialised(access.readableUnit(caller, caller.unitCode()));
        }
        var q = reports.search(scope, blankToNull(unitCode), regimeId, blankToNull(period), status);
        long total = q.count();
        return new Page<>(q.page(page, size).list().stream().map(r -> view(r, false)).toList(), page, size, total);
    }

    /**
     * Fetches the draft's numbers again; the narrative stays as written.
     *
     * @param caller          the caller, an officer or leader of the unit
     * @param id              report id
     * @param expectedVersion the version from If-Match, or null
     * @return the report with its refreshed content
     * @throws ProblemException 404, 403, 409 not a draft (or a returned one), 412 stale, 503 a source failed (nothing changed)
     */
    @WithSpan
    public ReportView reassemble(Caller caller, long id, Long expectedVersion) {
        Report r = editable(caller, id);
        ReportingPeriod period = period(r);
        ReportAssembly.Assembled a = assembly.assemble(r.unitCode, r.regime, period, VietnamTime.today());
        return QuarkusTransaction.joiningExisting().call(() -> {
            Report fresh = reports.findById(id);
            check(fresh, expectedVersion);
            fresh.content = ContentHash.canonicalJson(a.content());
            fresh.unitName = a.unitName();
            fresh.assembledAt = a.content().header().assembledAt();
            fresh.stampUpdated(caller.username());
            reports.flush();
            record(fresh, caller, "ASSEMBLE", fresh.status, null, null);
            return view(fresh, true);
        });
    }

    /**
     * Replaces the officer's text of the draft.
     *
     * @param caller          the caller, an officer or leader of the unit
     * @param id              report id
     * @param expectedVersion the version from If-Match
     * @param in              the narrative
     * @return the report with its content
     * @throws ProblemException 404, 403, 409 not editable, 412 stale, 422 an unknown area key
     */
    @WithSpan
    public ReportView narrative(Caller caller, long id, long expectedVersion, Narrative in) {
        editable(caller, id);
        FieldErrors errors = new FieldErrors();
        Set<String> areas = Stream.of(ReformArea.values()).filter(a -> a != ReformArea.DIRECTION).map(Enum::name)
                .collect(Collectors.toSet());
        Map<String, String> perArea = new HashMap<>();
        if (in.areas() != null) {
            in.areas().forEach((k, v) -> {
                if (!areas.contains(k)) {
                    errors.add("areas." + k, "must be one of " + areas.stream().sorted().toList());
                } else if (v != null && !v.isBlank()) {
                    perArea.put(k, VietnameseText.nfc(v));
                }
            });
        }
        errors.throwIfAny();
        Narrative clean = new Narrative(text(in.direction()), perArea, text(in.strengths()), text(in.limitations()), text(in.causes()),
                text(in.nextPeriod()), text(in.proposals()));
        return QuarkusTransaction.joiningExisting().call(() -> {
            Report r = reports.findById(id);
            Versions.requireCurrent("Report " + id, r.version, expectedVersion);
            requireEditable(r);
            r.narrative = ContentHash.toJson(clean);
            r.stampUpdated(caller.username());
            reports.flush();
            record(r, caller, "NARRATIVE", r.status, null, null);
            return view(r, true);
        });
    }

    /**
     * @param caller the caller
     * @param id     report id
     * @return its versions without content; integration accounts see approved and sent ones only
     */
    @WithSpan
    public List<ReportVersionView> versions(Caller caller, long id) {
        Report r = access.readableVersions(caller, id);
        boolean released = ReportAccess.integrationOnly(caller);
        return versions.of(r.id).stream().filter(v -> !released || isReleased(v)).map(v -> ReportVersionView.of(v, false)).toList();
    }

    /**
     * @param caller the caller
     * @param id     report id
     * @param number version number
     * @return the frozen version with its content
     * @throws ProblemException 404 when missing or not visible (for integration accounts: not approved or sent)
     */
    @WithSpan
    public ReportVersionView version(Caller caller, long id, int number) {
        Report r = access.readableVersions(caller, id);
        ReportVersion v = versions.of(r.id, number).filter(x -> !ReportAccess.integrationOnly(caller) || isReleased(x))
                .orElseThrow(() -> ProblemException.notFound("Report " + id + " has no version " + number + " visible to you"));
        return ReportVersionView.of(v, true);
    }

    /**
     * @param caller the caller
     * @param id     report id
     * @return its history, oldest first
     */
    @WithSpan
    public List<ReportEventView> history(Caller caller, long id) {
        access.readable(caller, id);
        return events.of(id).stream().map(ReportEventView::of).toList();
    }

    /** @return whether integrations may see the version */
    static boolean isReleased(ReportVersion v) {
        return v.state == ReportVersion.State.APPROVED || v.state == ReportVersion.State.SENT;
    }

    /** @return the report's view, with its current content (draft numbers and narrative merged) when asked */
    ReportView view(Report r, boolean withContent) {
        LocalDate due = RegimeDuty.period(r.regime, r.periodCode).map(p -> p.dueDate).orElse(null);
        return ReportView.of(r, due, VietnamTime.today(), withContent ? currentContent(r) : null);
    }

    /** @return the draft's numbers with the narrative merged in: what a submission freezes */
    static ReportContent currentContent(Report r) {
        return ReportAssembler.withNarrative(ContentHash.read(r.content), ContentHash.fromJson(r.narrative, Narrative.class));
    }

    void record(Report r, Caller caller, String action, ReportStatus from, Integer version, String reason) {
        ReportEvent e = new ReportEvent();
        e.reportId = r.id;
        e.at = Instant.now();
        e.actor = caller == null ? null : caller.username();
        e.action = action;
        e.fromStatus = from;
        e.toStatus = r.status;
        e.version = version;
        e.reason = reason;
        events.persist(e);
    }

    private Report editable(Caller caller, long id) {
        Report r = access.readable(caller, id);
        if (!ReportLifecycle.mayAct(caller, r.unitCode, null)) {
            throw ProblemException.forbidden("Only an officer or leader of " + r.unitCode + " edits its reports");
        }
        requireEditable(r);
        return r;
    }

    private static void requireEditable(Report r) {
        if (!ReportLifecycle.editable(r.status)) {
            throw ProblemException.conflict("Report " + r.id + " is " + r.status + "; only a draft or a returned report can change");
        }
    }

    private static void check(Report r, Long expectedVersion) {
        if (expectedVersion != null) {
            Versions.requireCurrent("Report " + r.id, r.version, expectedVersion);
        }
        requireEditable(r);
    }

    private static ReportingPeriod period(Report r) {
        return RegimeDuty.period(r.regime, r.periodCode).orElseThrow(() -> ProblemException.conflict(
                "Period " + r.periodCode + " was removed from regime " + r.regime.id + "; the report cannot be assembled"));
    }

    private static ProblemException exists(Long id, NewReport in) {
        return ProblemException.conflict(in.unitCode() + " already has a report for period " + in.periodCode() + " of regime "
                + in.regimeId() + (id == null ? "" : " (id " + id + ")"));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : VietnameseText.nfc(s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
