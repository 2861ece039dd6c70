package vn.cchc.kpi.ranking;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.common.unit.UnitAccess;
import vn.cchc.common.unit.UnitRef;
import vn.cchc.kpi.measurement.MeasurementService;

/**
 * Ranks the direct children of a unit (sibling units, khối đơn vị cùng cấp) for a year by a criterion
 * ({@link RankingSource}); ties share a rank ({@link Ranker}). The caller must be allowed to read the parent.
 */
@ApplicationScoped
public class RankingService {

    private final Map<String, RankingSource> sources = new TreeMap<>();
    private final MeasurementService access;
    private final UnitAccess units;

    public RankingService(@Any Instance<RankingSource> sources, MeasurementService access, UnitAccess units) {
        sources.forEach(s -> this.sources.put(s.key(), s));
        this.access = access;
        this.units = units;
    }

    /**
     * @param caller the caller
     * @param parent parent unit code
     * @param year   year
     * @param by     criterion key
     * @param asOf   evaluation day (TARGETS_MET), last day of the survey window (SIPAS); may be null
     * @param from   first day of the window (TARGETS_MET, SIPAS); may be null
     * @return the ranking
     * @throws ProblemException 422 bad parameters, 404 parent not readable, 503 plan-service down
     */
    @WithSpan
    public RankingView rank(Caller caller, String parent, Integer year, String by, LocalDate asOf, LocalDate from) {
        FieldErrors errors = new FieldErrors();
        if (parent == null || parent.isBlank()) {
            errors.add("parent", "is required");
        }
        if (year == null || year < 2000 || year > 2100) {
            errors.add("year", "is required, between 2000 and 2100");
        }
        if (from != null && asOf != null && from.isAfter(asOf)) {
            errors.add("from", "must not be after asOf (" + asOf + ")");
        }
        RankingSource source = by == null ? null : sources.get(by);
        if (source == null) {
            errors.add("by", "must be one of " + String.join(", ", sources.keySet()));
        }
        errors.throwIfAny();
        access.requireReadable(caller, parent);
        List<UnitRef> siblings = units.children(parent);
        Map<String, RankingSource.Value> values = source.values(caller, parent, siblings, year, asOf, from);
        List<Ranker.Entry> entries = siblings.stream()
                .map(u -> new Ranker.Entry(u.code(), values.containsKey(u.code()) ? values.get(u.code()).value() : null)).toList();
        Map<String, String> names = new java.util.HashMap<>();
        siblings.forEach(u -> names.put(u.code(), u.name()));
        List<RankingView.Item> items = new ArrayList<>();
        for (Ranker.Ranked r : Ranker.rank(entries, source.higherIsBetter())) {
            RankingSource.Value v = values.get(r.unit());
            items.add(new RankingView.Item(r.rank(), r.unit(), names.get(r.unit()), r.value(), v == null ? null : v.source(),
                    v == null ? "no value for " + year : v.detail()));
        }
        return new RankingView(parent, year, by, source.description(), items);
    }
}
