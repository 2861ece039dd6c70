package vn.cchc.kpi.measurement;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.cchc.common.api.ETags;
import vn.cchc.common.api.Page;
import vn.cchc.common.api.Versions;
import vn.cchc.common.persistence.UniqueViolation;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.Problem;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.security.Caller;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.kpi.indicator.Indicator;
import vn.cchc.kpi.indicator.IndicatorRepository;
import vn.cchc.common.unit.UnitAccess;

/**
 * Measurements (số liệu): recording, correcting and reading the values of indicators per unit and
 * period. Rules:
 * <ul>
 *   <li>Content: {@link MeasurementRules} (period of the indicator's type or longer, window, value per
 *       kind), 422 with every broken field.</li>
 *   <li>Units: the unit must be visible to the caller in plan-service's registry ({@link UnitAccess},
 *       asked with the caller's token), else 422 on {@code unitCode} (an unknown code and a unit the
 *       caller may not see look alike on purpose); writing needs {@link Caller#canWriteOwn} on it
 *       (officer and leader: their own unit; supervisor: their subtree; integration: never), else 403.
 *       Reading needs {@link Caller#canRead}, else 404.</li>
 *   <li>Corrections never overwrite: the first value of (unit, indicator, period) is revision 1; a
 *       second write is a correction that needs {@code If-Match} with the current revision (missing:
 *       428, stale: 412), inserts revision + 1 and marks the previous one superseded. Two writes racing
 *       on the same key: 409.</li>
 *   <li>Bulk writes are all-or-nothing; see {@link MeasurementBulk}.</li>
 * </ul>
 */
@ApplicationScoped
public class MeasurementService {

    private final MeasurementRepository measurements;
    private final IndicatorRepository indicators;
    private final UnitAccess units;

    public MeasurementService(MeasurementRepository measurements, IndicatorRepository indicators, UnitAccess units) {
        this.measurements = measurements;
        this.indicators = indicators;
        this.units = units;
    }

    /**
     * One row of a batch with the prefix its errors carry.
     *
     * @param prefix field prefix, {@code [2].} for JSON, {@code line[3].} for CSV
     * @param rename JSON field name → name in this format (CSV columns), identity for JSON
     * @param in     the row
     */
    public record Row(String prefix, Function<String, String> rename, NewMeasurement in) {

        String field(String name) {
            return prefix + rename.apply(name);
        }
    }

    /**
     * Records one value, or corrects the current one.
     *
     * @param caller  the caller (author, unit rights)
     * @param in      the value
     * @param ifMatch the {@code If-Match} header, needed when the key already has a current value
     * @return the new revision
     * @throws ProblemException 422 invalid fields or invisible unit, 403 no write right on the unit,
     *                          428 a correction without If-Match, 412 a stale If-Match (or one on a
     *                          first value), 409 a concurrent write of the same key
     */
    @WithSpan
    @Transactional
    public MeasurementView record(Caller caller, NewMeasurement in, String ifMatch) {
        Row row = new Row("", Function.identity(), in);
        FieldErrors errors = new FieldErrors();
        Map<String, Optional<List<String>>> paths = new HashMap<>();
        List<Problem.FieldError> forbidden = new ArrayList<>();
        authorize(caller, row, paths, errors, forbidden);
        if (!forbidden.isEmpty()) {
            throw ProblemException.forbidden("You may not record measurements for unit " + in.unitCode());
        }
        MeasurementRules.Checked c = check(row, errors, VietnamTime.today(), code -> indicators.findByCode(code).orElse(null));
        errors.throwIfAny();
        Optional<Measurement> current = measurements.current(in.unitCode(), c.indicator(), c.period().label());
        String key = in.unitCode() + " / " + c.indicator().code + " / " + c.period().label();
        if (current.isPresent()) {
            if (ifMatch == null || ifMatch.isBlank()) {
                throw new ProblemException(ProblemType.PRECONDITION_REQUIRED, key + " already has a value (revision "
                        + current.get().revision + "); to correct it, send If-Match: \"" + current.get().revision + "\"");
            }
            Versions.requireCurrent("The value of " + key, current.get().revision, ETags.versionFromIfMatch(ifMatch));
        } else if (ifMatch != null && !ifMatch.isBlank()) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED, key + " has no value yet, so there is nothing to correct; send it without If-Match");
        }
        try {
            Measurement m = write(caller, c, in, MeasurementSource.MANUAL, current.orElse(null));
            measurements.flush();
            return MeasurementView.of(m);
        } catch (PersistenceException e) {
            throw raced(e, key);
        }
    }

    /**
     * @param caller the caller
     * @param id     measurement id
     * @return that revision
     * @throws ProblemException 404 when it does not exist or its unit is not readable by the caller
     */
    @WithSpan
    public MeasurementView get(Caller caller, long id) {
        return MeasurementView.of(readable(caller, id));
    }

    /**
     * @param caller the caller
     * @param id     id of any revision of a value
     * @param page   zero-based page
     * @param size   page size
     * @return every revision of the same (unit, indicator, period), newest first
     * @throws ProblemException 404 as {@link #get}
     */
    @WithSpan
    public Page<MeasurementView> history(Caller caller, long id, int page, int size) {
        Measurement m = readable(caller, id);
        var query = measurements.search(m.unitCode, m.indicator, m.period, null, null, true);
        return page(query, page, size);
    }

    /**
     * Lists one unit's measurements.
     *
     * @param caller        the caller
     * @param unitCode      unit code, required
     * @param indicatorCode only this indicator, when not null
     * @param period        only this period label, when not null
     * @param from          only windows ending on or after this day, when not null
     * @param to            only windows starting on or before this day, when not null
     * @param history       include superseded revisions
     * @param page          zero-based page
     * @param size          page size
     * @return a page of measurements; empty for a unit outside the caller's subtree (a list filters)
     * @throws ProblemException 422 missing unit or unknown indicator or bad period
     */
    @WithSpan
    public Page<MeasurementView> list(Caller caller, String unitCode, String indicatorCode, String period,
                                      LocalDate from, LocalDate to, boolean history, int page, int size) {
        FieldErrors errors = new FieldErrors();
        if (unitCode == null || unitCode.isBlank()) {
            errors.add("unit", "is required");
        }
        Indicator indicator = null;
        if (indicatorCode != null && !indicatorCode.isBlank()) {
            indicator = indicators.findByCode(indicatorCode).orElse(null);
            if (indicator == null) {
                errors.add("indicator", "no indicator " + indicatorCode + " in the catalogue");
            }
        }
        if (period != null && !period.isBlank()) {
            try {
                Period.parse(period);
            } catch (IllegalArgumentException e) {
                errors.add("period", e.getMessage());
            }
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add("to", "must not be before from");
        }
        errors.throwIfAny();
        if (units.visiblePath(unitCode).filter(caller::canRead).isEmpty()) {
            // a list filters rather than fails: a unit outside the caller's subtree (or none) shows nothing
            return new Page<>(List.of(), page, size, 0);
        }
        return page(measurements.search(unitCode, indicator, blankToNull(period), from, to, history), page, size);
    }

    /**
     * @param caller   the caller
     * @param unitCode unit code
     * @return the unit's path
     * @throws ProblemException 404 when the unit is not visible or not readable
     */
    public List<String> requireReadable(Caller caller, String unitCode) {
        return units.visiblePath(unitCode).filter(caller::canRead)
                .orElseThrow(() -> ProblemException.notFound("No unit " + unitCode + " is visible to you"));
    }

    /**
     * The registry's answer for every unit the rows name, in one request to plan-service
     * ({@link UnitAccess#visiblePaths}), in the shape {@link #authorize} reads.
     *
     * @param rows the rows
     * @return unit code → its path, or empty when the caller cannot see it
     * @throws ProblemException 503 when plan-service cannot answer
     */
    Map<String, Optional<List<String>>> visiblePaths(List<Row> rows) {
        List<String> codes = rows.stream().map(r -> r.in().unitCode()).filter(c -> c != null && !c.isBlank()).distinct().toList();
        Map<String, List<String>> found = units.visiblePaths(codes);
        Map<String, Optional<List<String>>> paths = new HashMap<>();
        for (String code : codes) {
            paths.put(code, Optional.ofNullable(found.get(code)));
        }
        return paths;
    }

    /** Checks the row's unit: 422 entry when not visible, 403 entry when not writable; registry read once per unit via {@code paths}. */
    void authorize(Caller caller, Row row, Map<String, Optional<List<String>>> paths, FieldErrors errors,
                           List<Problem.FieldError> forbidden) {
        String unit = row.in().unitCode();
        if (unit == null || unit.isBlank()) {
            errors.add(row.field("unitCode"), "is required");
            return;
        }
        Optional<List<String>> path = paths.computeIfAbsent(unit, units::visiblePath);
        if (path.isEmpty()) {
            errors.add(row.field("unitCode"), "no unit " + unit + " is visible to you");
        } else if (!caller.canWriteOwn(path.get())) {
            forbidden.add(new Problem.FieldError(row.field("unitCode"), "you may not record measurements for unit " + unit));
        }
    }

    /** Checks a row's content ({@link MeasurementRules}), adding errors under its prefix; null when it cannot be checked. */
    static MeasurementRules.Checked check(Row row, FieldErrors errors, LocalDate today, Function<String, Indicator> catalogue) {
        NewMeasurement in = row.in();
        Indicator indicator = null;
        if (in.indicatorCode() == null || in.indicatorCode().isBlank()) {
            errors.add(row.field("indicatorCode"), "is required");
        } else {
            indicator = catalogue.apply(in.indicatorCode());
            if (indicator == null) {
                errors.add(row.field("indicatorCode"), "no indicator " + in.indicatorCode() + " in the catalogue");
            }
        }
        return MeasurementRules.check(in, indicator, today, (field, message) -> errors.add(row.field(field), message));
    }

    private Measurement write(Caller caller, MeasurementRules.Checked c, NewMeasurement in, MeasurementSource defaultSource,
                              Measurement previous) {
        Measurement m = revision(caller, c, in, defaultSource, previous == null ? null : previous.id,
                previous == null ? 0 : previous.revision, Instant.now());
        if (previous != null) {
            // clear the flag first: at most one current row per key, checked by the database
            previous.current = false;
            measurements.flush();
        }
        measurements.persist(m);
        measurements.flush();
        if (previous != null) {
            previous.supersededById = m.id;
        }
        return m;
    }

    /** A new current revision of a checked row: 1, or the previous revision + 1 with the link to it. */
    static Measurement revision(Caller caller, MeasurementRules.Checked c, NewMeasurement in, MeasurementSource defaultSource,
                                        Long previousId, int previousRevision, Instant at) {
        Measurement m = new Measurement();
        m.unitCode = in.unitCode();
        m.indicator = c.indicator();
        m.period = c.period().label();
        m.periodKind = c.period().kind();
        m.windowStart = c.windowStart();
        m.windowEnd = c.windowEnd();
        m.value = c.value();
        m.numerator = c.numerator();
        m.denominator = c.denominator();
        m.source = in.source() == null ? defaultSource : in.source();
        m.note = c.note();
        m.revision = previousId == null ? 1 : previousRevision + 1;
        m.current = true;
        m.supersedesId = previousId;
        m.createdAt = at;
        m.createdBy = caller.username();
        return m;
    }

    private Measurement readable(Caller caller, long id) {
        Measurement m = measurements.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No measurement " + id + " is visible to you"));
        if (units.visiblePath(m.unitCode).filter(caller::canRead).isEmpty()) {
            throw ProblemException.notFound("No measurement " + id + " is visible to you");
        }
        return m;
    }

    private static Page<MeasurementView> page(io.quarkus.hibernate.orm.panache.PanacheQuery<Measurement> query, int page, int size) {
        long total = query.count();
        return new Page<>(query.page(page, size).list().stream().map(MeasurementView::of).toList(), page, size, total);
    }

    /** A unique violation on a measurement key is a lost race (409); anything else is rethrown. */
    static ProblemException raced(PersistenceException e, String key) {
        if (UniqueViolation.of(e, "measurement_current_uk") || UniqueViolation.of(e, "measurement_revision_uk")) {
            return ProblemException.conflict("Someone else recorded " + key + " at the same moment; read it again and retry");
        }
        throw e;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
