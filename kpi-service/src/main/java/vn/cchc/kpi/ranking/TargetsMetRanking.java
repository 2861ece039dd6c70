package vn.cchc.kpi.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cchc.common.security.Caller;
import vn.cchc.common.unit.UnitRef;
import vn.cchc.kpi.evaluation.BatchEvaluationView;
import vn.cchc.kpi.evaluation.EvaluationDetail;
import vn.cchc.kpi.evaluation.EvaluationService;

/**
 * Ranking by the share of targets met (tỷ lệ chỉ tiêu đạt): met ÷ (measures − not evaluable) × 100 as of
 * the day, from the batch evaluation of the parent's subtree (one request). Units with nothing
 * evaluable are unranked.
 */
@ApplicationScoped
public class TargetsMetRanking implements RankingSource {

    private final EvaluationService evaluations;

    public TargetsMetRanking(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public String key() {
        return "TARGETS_MET";
    }

    @Override
    public String description() {
        return "Share of targets met (tỷ lệ chỉ tiêu đạt), %: met ÷ (measures − not evaluable) × 100, as GET /api/v1/evaluations judges them";
    }

    @Override
    public Map<String, Value> values(Caller caller, String parent, List<UnitRef> siblings, int year, LocalDate asOf, LocalDate from) {
        Set<String> codes = siblings.stream().map(UnitRef::code).collect(Collectors.toSet());
        BatchEvaluationView batch = evaluations.evaluateSubtree(caller, parent, year, asOf, from, EvaluationDetail.COUNTS);
        Map<String, Value> out = new HashMap<>();
        for (BatchEvaluationView.UnitEvaluations u : batch.units()) {
            if (codes.contains(u.unit()) && u.counts().attainmentRate() != null) {
                out.put(u.unit(), new Value(u.counts().attainmentRate(), "EVALUATION",
                        u.counts().met() + " of " + u.counts().evaluable() + " evaluable measures met"));
            }
        }
        return out;
    }
}
