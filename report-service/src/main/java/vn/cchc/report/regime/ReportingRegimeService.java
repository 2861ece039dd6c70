package vn.cchc.report.regime;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.Versions;
import vn.cchc.common.persistence.UniqueViolation;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.text.VietnameseText;
import vn.cchc.common.unit.UnitAccess;

/**
 * Reporting regimes (chế độ báo cáo) with their authorization rules. The unit tree lives in
 * plan-service, so every check first asks it for the issuing unit's path with the caller's token
 * ({@link UnitAccess}), then applies {@link Caller#canRead} (reading) or {@link Caller#canManage}
 * (writing). A unit also reads (never manages) the regimes of the units above it, since it reports
 * under them: a ward officer reads the city's regime. A regime or unit the caller may not read answers
 * 404, so its existence does not leak; plan-service being down answers 503.
 *
 * <p>Listing without a unit filter: administrators get every regime; anyone else gets the regimes
 * of their own unit and of the units above it — the regimes they report under. Regimes of other units
 * in the caller's subtree are listed by naming the unit ({@code ?unit=HN-BADINH}).
 *
 * <p>Writes do not hold a database transaction while plan-service is asked: the unit check runs
 * first, then a short transaction re-reads, checks the version and writes.
 */
@ApplicationScoped
public class ReportingRegimeService {

    /** Period codes: a year, year-quarter, year-half or year-month, e.g. {@code 2026}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026-03}. */
    public static final String PERIOD_CODE_PATTERN = "^[0-9]{4}(-(Q[1-4]|H[12]|0[1-9]|1[0-2]))?$";

    private final ReportingRegimeRepository regimes;
    private final UnitAccess units;

    public ReportingRegimeService(ReportingRegimeRepository regimes, UnitAccess units) {
        this.regimes = regimes;
        this.units = units;
    }

    /**
     * Lists the regimes the caller can see (see the class comment for the unfiltered case).
     *
     * @param caller   the caller
     * @param unitCode only regimes issued by this unit, when not blank; the caller must be able to read it
     * @param year     only this year, when not null
     * @param page     zero-based page index
     * @param size     page size, 1..{@link Page#MAX_SIZE}
     * @return a page of regimes, newest year first; empty for a non-admin caller with no unit
     * @throws ProblemException 404 when {@code unitCode} is not visible to the caller, 503 when plan-service cannot answer
     */
    @WithSpan
    public Page<ReportingRegimeView> list(Caller caller, String unitCode, Integer year, int page, int size) {
        List<String> scope;
        if (unitCode != null && !unitCode.isBlank()) {
            readableUnit(caller, unitCode);
            scope = List.of(unitCode);
        } else if (caller.isAdmin()) {
            scope = null;
        } else if (caller.unitCode() == null) {
            return new Page<>(List.of(), page, size, 0);
        } else {
            // the caller's own unit and the units above it: the regimes it reports under
            scope = units.visiblePath(caller.unitCode()).orElse(List.of(caller.unitCode()));
        }
        var query = regimes.search(scope, year);
        long total = query.count();
        return new Page<>(query.page(page, size).list().stream().map(ReportingRegimeView::of).toList(), page, size, total);
    }

    /**
     * @param caller the caller
     * @param id     regime id
     * @return the regime
     * @throws ProblemException 404 when it does not exist or its unit is not readable by the caller,
     *                          503 when plan-service cannot answer
     */
    @WithSpan
    public ReportingRegimeView get(Caller caller, long id) {
        return ReportingRegimeView.of(readable(caller, id).regime());
    }

    /**
     * Issues a regime for a unit the caller manages.
     *
     * @param caller the caller
     * @param in     the new regime
     * @return the stored regime
     * @throws ProblemException 404 unit not visible, 403 no management right over it, 422 invalid
     *                          periods (per field), 409 the unit already has a regime for that year,
     *                          503 plan-service cannot answer
     */
    @WithSpan
    public ReportingRegimeView create(Caller caller, NewReportingRegime in) {
        List<String> path = readableUnit(caller, in.unitCode());
        if (!caller.canManage(path)) {
            throw ProblemException.forbidden("You cannot manage reporting regimes of unit " + in.unitCode());
        }
        FieldErrors errors = periodErrors(in.year(), in.periods());
        owedByErrors(caller, in.unitCode(), in.owedBy(), errors);
        errors.throwIfAny();
        String code = in.codeOrDefault();
        return QuarkusTransaction.joiningExisting().call(() -> {
            regimes.findByUnitYearAndCode(in.unitCode(), in.year(), code).ifPresent(existing -> {
                throw duplicate(in.unitCode(), in.year(), code, existing.id);
            });
            ReportingRegime r = new ReportingRegime();
            r.unitCode = in.unitCode();
            r.year = in.year();
            r.code = code;
            apply(r, in);
            r.stampCreated(caller.username());
            try {
                regimes.persistAndFlush(r);
            } catch (PersistenceException e) {
                if (!UniqueViolation.of(e, "reporting_regime_unit_year_code_uk")) {
                    throw e;
                }
                // a concurrent create for the same unit, year and code won the race after our check
                throw duplicate(in.unitCode(), in.year(), code, null);
            }
            return ReportingRegimeView.of(r);
        });
    }

    /**
     * Replaces a regime's name, basis and periods, refusing a stale write. Periods are matched by
     * code: codes that are sent again keep their identity, others are added or removed.
     *
     * @param caller          the caller
     * @param id              regime id
     * @param expectedVersion the version the caller last read (from If-Match)
     * @param in              new values
     * @return the updated regime
     * @throws ProblemException 404, 403, 412 when {@code expectedVersion} is not current, 422 invalid
     *                          periods, 503 plan-service cannot answer
     */
    @WithSpan
    public ReportingRegimeView update(Caller caller, long id, long expectedVersion, ReportingRegimeChange in) {
        Visible v = readable(caller, id);
        if (!caller.canManage(v.unitPath())) {
            throw ProblemException.forbidden("You cannot change reporting regimes of unit " + v.regime().unitCode);
        }
        FieldErrors owed = new FieldErrors();
        owedByErrors(caller, v.regime().unitCode, in.owedBy(), owed);
        owed.throwIfAny();
        return QuarkusTransaction.joiningExisting().call(() -> {
            ReportingRegime r = regimes.findByIdOptional(id).orElseThrow(() -> notVisible(id));
            Versions.requireCurrent("Reporting regime " + id, r.version, expectedVersion);
            periodErrors(r.year, in.periods()).throwIfAny();
            apply(r, in);
            r.stampUpdated(caller.username());
            regimes.flush();
            return ReportingRegimeView.of(r);
        });
    }

    /**
     * The rules a regime's periods obey beyond each field's own format: codes are unique within the
     * regime and belong to its year; a cut-off window does not end before it starts; a report is not
     * due before its window closes.
     *
     * @param year    the regime's year
     * @param periods the periods, each already valid on its own
     * @return the per-field errors ({@code periods[1].dueDate}…), empty when valid
     */
    static FieldErrors periodErrors(int year, List<RegimePeriod> periods) {
        FieldErrors errors = new FieldErrors();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            RegimePeriod p = periods.get(i);
            String at = "periods[" + i + "].";
            Integer first = firstIndex.putIfAbsent(p.code(), i);
            if (first != null) {
                errors.add(at + "code", "repeats the code of periods[" + first + "]: " + p.code());
            } else if (!p.code().startsWith(Integer.toString(year))) {
                errors.add(at + "code", "must be a period of the regime's year " + year);
            }
            if ((p.windowStart() == null) != (p.windowEnd() == null)) {
                errors.add(at + (p.windowStart() == null ? "windowStart" : "windowEnd"),
                        "give both ends of the cut-off window, or neither");
            } else if (p.windowEnd() != null && p.windowEnd().isBefore(p.windowStart())) {
                errors.add(at + "windowEnd", "must not be before windowStart " + p.windowStart());
            }
            if (p.windowEnd() != null && p.dueDate().isBefore(p.windowEnd())) {
                errors.add(at + "dueDate", "must not be before windowEnd " + p.windowEnd());
            }
        }
        return errors;
    }

    /**
     * Each unit named in {@code owedBy} must be visible to the caller and lie strictly below the issuing unit.
     * Asks plan-service once per named unit (a regime names a handful: the departments that own a reform area).
     */
    private void owedByErrors(Caller caller, String issuer, List<String> owedBy, FieldErrors errors) {
        if (owedBy == null) {
            return;
        }
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < owedBy.size(); i++) {
            String code = owedBy.get(i);
            if (code == null || code.isBlank()) {
                continue;
            }
            if (!seen.add(code)) {
                errors.add("owedBy[" + i + "]", "repeats " + code);
                continue;
            }
            var path = units.visiblePath(code).filter(caller::canRead);
            if (path.isEmpty()) {
                errors.add("owedBy[" + i + "]", "no unit " + code + " is visible to you");
            } else if (!path.get().contains(issuer) || code.equals(issuer)) {
                errors.add("owedBy[" + i + "]", code + " does not lie below the issuing unit " + issuer);
            }
        }
    }

    private static void apply(ReportingRegime r, RegimeDefinition in) {
        r.name = VietnameseText.nfc(in.name());
        r.portal = in.portal() == null || in.portal().isBlank() ? null : in.portal();
        r.owedBy = in.owedBy() == null ? null : List.copyOf(new java.util.LinkedHashSet<>(in.owedBy()));
        r.basis = in.basis() == null || in.basis().isBlank() ? null : VietnameseText.nfc(in.basis());
        Map<String, ReportingPeriod> stored = r.periods.stream()
                .collect(Collectors.toMap(p -> p.code, Function.identity()));
        Set<String> sent = in.periods().stream().map(RegimePeriod::code).collect(Collectors.toSet());
        // update in place by code, so that (regime, code) stays unique at every flush
        r.periods.removeIf(p -> !sent.contains(p.code));
        for (RegimePeriod p : in.periods()) {
            ReportingPeriod e = stored.get(p.code());
            if (e == null) {
                e = new ReportingPeriod();
                e.regime = r;
                e.code = p.code();
                r.periods.add(e);
            }
            e.name = VietnameseText.nfc(p.name());
            e.windowStart = p.windowStart();
            e.windowEnd = p.windowEnd();
            e.dueDate = p.dueDate();
        }
        r.periods.sort(Comparator.comparing((ReportingPeriod p) -> p.dueDate).thenComparing(p -> p.code));
    }

    /** A regime together with its unit's path, as plan-service showed it to the caller. */
    private record Visible(ReportingRegime regime, List<String> unitPath) {
    }

    private Visible readable(Caller caller, long id) {
        ReportingRegime r = regimes.findByIdOptional(id).orElseThrow(() -> notVisible(id));
        var path = units.visiblePath(r.unitCode).filter(caller::canRead);
        if (path.isPresent()) {
            return new Visible(r, path.get());
        }
        // a unit reports under the regimes of the units above it, which it may read but not manage
        List<String> own = caller.unitCode() == null ? List.of() : units.visiblePath(caller.unitCode()).orElse(List.of());
        int at = own.indexOf(r.unitCode);
        if (at < 0) {
            throw notVisible(id);
        }
        return new Visible(r, own.subList(0, at + 1));
    }

    private List<String> readableUnit(Caller caller, String unitCode) {
        return units.visiblePath(unitCode).filter(caller::canRead)
                .orElseThrow(() -> ProblemException.notFound("No unit " + unitCode + " is visible to you"));
    }

    private static ProblemException notVisible(long id) {
        return ProblemException.notFound("No reporting regime " + id + " is visible to you");
    }

    private static ProblemException duplicate(String unitCode, int year, String code, Long existingId) {
        return ProblemException.conflict("Unit " + unitCode + " already has reporting regime " + code + " for " + year
                + (existingId == null ? "" : " (id " + existingId + "); change that one instead"));
    }
}
