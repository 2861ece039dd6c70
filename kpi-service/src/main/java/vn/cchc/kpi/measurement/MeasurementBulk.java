package vn.cchc.kpi.measurement;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.Problem;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.security.Caller;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.kpi.indicator.Indicator;
import vn.cchc.kpi.indicator.IndicatorRepository;

/**
 * Bulk writes of measurements ({@code POST /api/v1/measurements/bulk}, JSON or CSV): all or nothing,
 * with the same rules per row as {@link MeasurementService#record} and a cost that does not grow in
 * round trips with the rows (issue 7, scenario 4: within a few times of {@code COPY}).
 */
@ApplicationScoped
public class MeasurementBulk {

    /** Most rows in one bulk write. */
    public static final int MAX_ROWS = 5000;

    private final MeasurementRepository measurements;
    private final IndicatorRepository indicators;
    private final MeasurementService single;
    private final MeasurementCopy copy;

    MeasurementBulk(MeasurementRepository measurements, IndicatorRepository indicators, MeasurementService single, MeasurementCopy copy) {
        this.measurements = measurements;
        this.copy = copy;
        this.indicators = indicators;
        this.single = single;
    }

    /**
     * Records a batch, all or nothing. Every row is checked first (unit rights, then content, then the
     * batch as a whole); any broken row rejects the whole batch and nothing is written: 403 when a row's
     * unit may not be written (rows listed), else 422 with every error as {@code <row>.<field>}. A row
     * may not repeat the key (unit, indicator, period) of an earlier row. A row whose key already has a
     * current value is an error unless {@code supersede} is true, in which case it is recorded as a
     * correction (revision + 1, the previous one kept as history).
     * <p>
     * Cost does not grow with the rows in round trips: the registry is asked once for all the batch's units, the
     * catalogue once for all the batch's indicator codes, the current values once for all its keys
     * ({@link MeasurementRepository#currentOf}); the rows are inserted by one {@code COPY}
     * ({@link MeasurementCopy}), and the superseded revisions are updated by two set-based statements
     * (flag cleared before the inserts, link set after).
     *
     * @param caller    the caller
     * @param rows      the rows, with their error prefixes
     * @param source    default source for rows that name none (IMPORT)
     * @param dryRun    check only, write nothing
     * @param supersede let rows correct current values
     * @param echo      also return every revision written, in batch order (else counts only)
     * @return counts, and the revisions written when {@code echo}
     * @throws ProblemException 403, 422 as above; 409 when a concurrent write took a key
     */
    @WithSpan
    @Transactional
    public BulkResult bulk(Caller caller, List<MeasurementService.Row> rows, MeasurementSource source, boolean dryRun, boolean supersede,
                           boolean echo) {
        FieldErrors errors = new FieldErrors();
        if (rows.isEmpty()) {
            errors.add("rows", "the batch is empty").throwIfAny();
        }
        if (rows.size() > MAX_ROWS) {
            errors.add("rows", "at most " + MAX_ROWS + " rows in one batch, not " + rows.size()).throwIfAny();
        }
        Map<String, Optional<List<String>>> paths = single.visiblePaths(rows);
        List<Problem.FieldError> forbidden = new ArrayList<>();
        for (MeasurementService.Row row : rows) {
            single.authorize(caller, row, paths, errors, forbidden);
        }
        if (!forbidden.isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, forbidden.size() + " row(s) name a unit you may not record measurements for: "
                    + forbidden.stream().map(Problem.FieldError::field).toList(), forbidden);
        }
        LocalDate today = VietnamTime.today();
        Map<String, Indicator> catalogue = catalogueOf(rows);
        Map<MeasurementRepository.Key, String> seen = new HashMap<>();
        List<MeasurementRules.Checked> checked = new ArrayList<>(rows.size());
        List<MeasurementRepository.Key> keys = new ArrayList<>(rows.size());
        for (MeasurementService.Row row : rows) {
            MeasurementRules.Checked c = MeasurementService.check(row, errors, today, catalogue::get);
            checked.add(c);
            keys.add(null);
            if (c == null) {
                continue;
            }
            var key = new MeasurementRepository.Key(row.in().unitCode(), c.indicator().id, c.period().label());
            String earlier = seen.putIfAbsent(key, row.prefix().replaceFirst("\\.$", ""));
            if (earlier != null) {
                errors.add(row.field("period"), label(key, c) + " is already given by " + earlier);
                continue;
            }
            keys.set(keys.size() - 1, key);
        }
        Map<MeasurementRepository.Key, MeasurementRepository.CurrentRevision> current = measurements.currentOf(seen.keySet());
        List<MeasurementRepository.CurrentRevision> previous = new ArrayList<>(rows.size());
        int corrected = 0;
        for (int i = 0; i < rows.size(); i++) {
            var cur = keys.get(i) == null ? null : current.get(keys.get(i));
            previous.add(supersede ? cur : null);
            if (cur == null) {
                continue;
            }
            if (supersede) {
                corrected++;
            } else {
                errors.add(rows.get(i).field("period"), label(keys.get(i), checked.get(i)) + " already has a value (revision " + cur.revision()
                        + "); correct it with POST /api/v1/measurements and If-Match, or send the batch with supersede=true");
            }
        }
        errors.throwIfAny();
        if (dryRun) {
            return new BulkResult(true, rows.size(), rows.size() - corrected, corrected, 0, List.of());
        }
        List<Measurement> written = writeAll(caller, rows, checked, previous, source);
        return new BulkResult(false, rows.size(), rows.size() - corrected, corrected, written.size(),
                echo ? written.stream().map(MeasurementView::of).toList() : List.of());
    }

    /** The indicators the rows name, in one query: code → indicator (unknown codes missing). */
    private Map<String, Indicator> catalogueOf(List<MeasurementService.Row> rows) {
        Set<String> codes = new HashSet<>();
        for (MeasurementService.Row row : rows) {
            String code = row.in().indicatorCode();
            if (code != null && !code.isBlank()) {
                codes.add(code);
            }
        }
        return indicators.findByCodes(codes);
    }

    /**
     * Writes checked rows: clears the current flag of the revisions they supersede (one statement),
     * inserts every row ({@link MeasurementCopy}: one {@code COPY}), then links the superseded revisions
     * (one statement).
     */
    private List<Measurement> writeAll(Caller caller, List<MeasurementService.Row> rows, List<MeasurementRules.Checked> checked,
                                       List<MeasurementRepository.CurrentRevision> previous, MeasurementSource source) {
        // the database keeps microseconds: the echoed rows say what a later read will
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<Long> supersededIds = new ArrayList<>();
        List<Measurement> written = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var p = previous.get(i);
            written.add(MeasurementService.revision(caller, checked.get(i), rows.get(i).in(), source,
                    p == null ? null : p.id(), p == null ? 0 : p.revision(), now));
            if (p != null) {
                supersededIds.add(p.id());
            }
        }
        try {
            measurements.clearCurrent(supersededIds);
            copy.insert(written);
            List<Long> correctionIds = written.stream().filter(m -> m.supersedesId != null).map(m -> m.id).toList();
            measurements.linkSuperseded(supersededIds, correctionIds);
        } catch (PersistenceException e) {
            throw MeasurementService.raced(e, "a value of this batch");
        }
        return written;
    }

    private static String label(MeasurementRepository.Key key, MeasurementRules.Checked c) {
        return key.unitCode() + " / " + c.indicator().code + " / " + key.period();
    }
}
