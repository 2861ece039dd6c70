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
import vn.cchc.kpi.parindex.AssessmentQueries;
import vn.cchc.kpi.parindex.AssessmentView;

/**
 * Ranking of sibling units by PAR INDEX (Chỉ số cải cách hành chính) of an index year: the officially
 * published index when stored, else the computed one. Siblings of different peer blocks (wards and
 * communes) are ranked together here; {@code /api/v1/par-index/rankings} ranks within one block.
 */
@ApplicationScoped
public class ParIndexRanking implements RankingSource {

    private final AssessmentQueries assessments;

    public ParIndexRanking(AssessmentQueries assessments) {
        this.assessments = assessments;
    }

    @Override
    public String key() {
        return "PAR_INDEX";
    }

    @Override
    public String description() {
        return "PAR INDEX (Chỉ số cải cách hành chính), %: the published index when stored, else computed from the assessment";
    }

    @Override
    public Map<String, Value> values(Caller caller, String parent, List<UnitRef> siblings, int year, LocalDate asOf, LocalDate from) {
        Set<String> codes = siblings.stream().map(UnitRef::code).collect(Collectors.toSet());
        Map<String, Value> out = new HashMap<>();
        for (AssessmentView a : assessments.list(caller, null, parent, year, null, false)) {
            if (!codes.contains(a.unitCode())) {
                continue;
            }
            if (a.official() != null && a.official().index() != null) {
                out.put(a.unitCode(), new Value(a.official().index(), "PUBLISHED", a.official().source()));
            } else if (a.result() != null && a.result().index() != null) {
                out.put(a.unitCode(), new Value(a.result().index(), "COMPUTED",
                        a.result().complete() ? "band " + a.result().band() : "incomplete assessment"));
            }
        }
        return out;
    }
}
