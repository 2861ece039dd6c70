package vn.cchc.kpi.sipas;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.Problem;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.problem.ProblemType;
import vn.cchc.common.security.Caller;
import vn.cchc.common.time.VietnamTime;
import vn.cchc.common.unit.UnitAccess;
import vn.cchc.kpi.measurement.Period;
import vn.cchc.kpi.sipas.SipasApi.BatchResult;
import vn.cchc.kpi.sipas.SipasApi.NewResponse;

/**
 * Ingests anonymous SIPAS questionnaires in batches (JSON or CSV, from any channel), all or nothing.
 * Rules, in order:
 * <ol>
 *   <li>each row's unit must be visible to the caller (else 422 on {@code unitCode}) and writable by it,
 *       {@link Caller#canWriteOwn}: officers and leaders their own unit, supervisors their subtree
 *       (else 403 listing the rows; integration accounts never write);</li>
 *   <li>period a label ({@code 2026}, {@code 2026-Q1}, {@code 2026-H1}, {@code 2026-05}) that has started;
 *       channel given; at least one answer; every answer a question of the survey at a level 1..5.</li>
 * </ol>
 * Any broken row rejects the whole batch with every error as {@code [i].field} (JSON) or
 * {@code line[N].column} (CSV). Nothing personal is stored: the shapes have no field for it, unknown
 * JSON fields are refused (400) and unknown CSV columns are refused (422).
 */
@ApplicationScoped
public class ResponseService {

    /** Most questionnaires in one batch. */
    public static final int MAX_ROWS = 5000;

    private final SurveyService surveys;
    private final SipasRepository repository;
    private final UnitAccess units;

    public ResponseService(SurveyService surveys, SipasRepository repository, UnitAccess units) {
        this.surveys = surveys;
        this.repository = repository;
        this.units = units;
    }

    /**
     * One row with the prefix its errors carry.
     *
     * @param prefix {@code [2].} for JSON, {@code line[3].} for CSV
     * @param in     the questionnaire
     */
    public record Row(String prefix, NewResponse in) {
    }

    /**
     * A CSV batch ({@link ResponseCsv}), then as {@link #ingest}.
     *
     * @param caller     the caller
     * @param surveyCode survey definition
     * @param csv        the file
     * @param dryRun     check only
     * @return what was written
     * @throws ProblemException 404 unknown survey, 422 bad header or cells, then as {@link #ingest}
     */
    @WithSpan
    @Transactional
    public BatchResult ingestCsv(Caller caller, String surveyCode, String csv, boolean dryRun) {
        SipasSurvey survey = surveys.require(surveyCode);
        java.util.Set<String> codes = new java.util.HashSet<>();
        survey.elements.forEach(e -> e.questions.forEach(q -> codes.add(q.code)));
        FieldErrors errors = new FieldErrors();
        List<Row> rows = ResponseCsv.parse(csv == null ? "" : csv, codes, errors);
        errors.throwIfAny();
        return ingest(caller, surveyCode, rows, dryRun);
    }

    /**
     * @param caller     the caller
     * @param surveyCode survey definition
     * @param rows       the questionnaires
     * @param dryRun     check only
     * @return what was written
     * @throws ProblemException 404 unknown survey, 403 a unit not writable, 422 invalid rows
     */
    @WithSpan
    @Transactional
    public BatchResult ingest(Caller caller, String surveyCode, List<Row> rows, boolean dryRun) {
        SipasSurvey survey = surveys.require(surveyCode);
        FieldErrors errors = new FieldErrors();
        if (rows.isEmpty()) {
            errors.add("rows", "the batch is empty").throwIfAny();
        }
        if (rows.size() > MAX_ROWS) {
            errors.add("rows", "at most " + MAX_ROWS + " questionnaires in one batch, not " + rows.size()).throwIfAny();
        }
        Map<String, SipasQuestion> questions = new HashMap<>();
        survey.elements.forEach(e -> e.questions.forEach(q -> questions.put(q.code, q)));
        Map<String, Optional<List<String>>> paths = new HashMap<>();
        List<Problem.FieldError> forbidden = new ArrayList<>();
        for (Row r : rows) {
            String unit = r.in().unitCode();
            if (unit == null || unit.isBlank()) {
                errors.add(r.prefix() + "unitCode", "is required");
                continue;
            }
            Optional<List<String>> path = paths.computeIfAbsent(unit, units::visiblePath);
            if (path.isEmpty()) {
                errors.add(r.prefix() + "unitCode", "no unit " + unit + " is visible to you");
            } else if (!caller.canWriteOwn(path.get())) {
                forbidden.add(new Problem.FieldError(r.prefix() + "unitCode", "you may not record survey responses for unit " + unit));
            }
        }
        if (!forbidden.isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, forbidden.size() + " row(s) name a unit you may not record survey responses for: "
                    + forbidden.stream().map(Problem.FieldError::field).toList(), forbidden);
        }
        LocalDate today = VietnamTime.today();
        List<SipasRepository.ResponseRow> checked = new ArrayList<>();
        long answers = 0;
        for (Row r : rows) {
            NewResponse in = r.in();
            String p = r.prefix();
            Period period = null;
            if (in.period() == null || in.period().isBlank()) {
                errors.add(p + "period", "is required, e.g. 2026 or 2026-Q1");
            } else {
                try {
                    period = Period.parse(in.period().strip());
                    if (period.start().isAfter(today)) {
                        errors.add(p + "period", "period " + period.label() + " has not started yet (today is " + today + ")");
                        period = null;
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(p + "period", e.getMessage());
                }
            }
            if (in.channel() == null) {
                errors.add(p + "channel", "is required: KIOSK, WEB, PAPER, PHONE, SMS, APP or INTERVIEW");
            }
            List<Long> ids = new ArrayList<>();
            List<Integer> levels = new ArrayList<>();
            if (in.answers() == null || in.answers().isEmpty()) {
                errors.add(p + "answers", "at least one answer is required");
            } else {
                for (Map.Entry<String, Integer> a : in.answers().entrySet()) {
                    SipasQuestion q = questions.get(a.getKey());
                    if (q == null) {
                        errors.add(p + "answers." + a.getKey(), "no question " + a.getKey() + " in survey " + survey.code);
                    } else if (a.getValue() == null || a.getValue() < 1 || a.getValue() > 5) {
                        errors.add(p + "answers." + a.getKey(), "must be a level from 1 (Rất không hài lòng) to 5 (Rất hài lòng), not "
                                + a.getValue());
                    } else {
                        ids.add(q.id);
                        levels.add(a.getValue());
                    }
                }
            }
            if (period != null && in.channel() != null && in.unitCode() != null) {
                checked.add(new SipasRepository.ResponseRow(survey.id, in.unitCode(), period.label(), period.start(), period.end(),
                        in.channel(), Boolean.TRUE.equals(in.onlineService()), ids, levels));
                answers += ids.size();
            }
        }
        errors.throwIfAny();
        if (dryRun) {
            return new BatchResult(true, rows.size(), answers, null);
        }
        UUID batch = UUID.randomUUID();
        long written = repository.insert(checked, batch, caller.username());
        return new BatchResult(false, rows.size(), written, batch.toString());
    }
}
