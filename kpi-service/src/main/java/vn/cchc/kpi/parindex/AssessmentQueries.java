package vn.cchc.kpi.parindex;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.common.problem.FieldErrors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;
import vn.cchc.kpi.parindex.model.PeerBlock;
import vn.cchc.kpi.parindex.rules.ParRanking;

/**
 * Reads over many PAR INDEX assessments: the batch read under a parent (for report-service) and the
 * ranking within a peer block ({@link ParRanking}). Filtered by {@link Caller#canRead} on each unit's
 * stored path.
 */
@ApplicationScoped
public class AssessmentQueries {

    private final AssessmentRepository assessments;
    private final AssessmentViews views;
    private final ParUnits units;

    public AssessmentQueries(AssessmentRepository assessments, AssessmentViews views, ParUnits units) {
        this.assessments = assessments;
        this.views = views;
        this.units = units;
    }

    /**
     * The assessments of one unit, or of every unit directly under a parent (the batch read), that the
     * caller may read.
     *
     * @param caller the caller
     * @param unit   one unit, or null
     * @param parent a parent, or null (one of unit and parent is required)
     * @param year   only this index year, when not null
     * @param block  only this block, when not null
     * @param detail every leaf and layer (true) or the areas only (false)
     * @return the assessments with their totals, by unit code and year
     * @throws ProblemException 422 neither unit nor parent
     */
    @WithSpan
    public List<AssessmentView> list(Caller caller, String unit, String parent, Integer year, PeerBlock block, boolean detail) {
        if (blank(unit) == blank(parent)) {
            throw ProblemException.invalid(blank(unit) ? "parent" : "unit", "give either unit or parent (all units directly under it)");
        }
        List<ParAssessment> found = assessments.search(blank(unit) ? null : unit.strip(), blank(parent) ? null : parent.strip(), year, block)
                .stream().filter(a -> caller.canRead(a.path())).toList();
        return views.many(found, detail);
    }

    /**
     * Ranks the units of one block under one parent for an index year (all of them), and shows the
     * caller the ones it may read.
     *
     * @param caller the caller
     * @param parent parent unit code
     * @param year   index year
     * @param block  peer block
     * @return the ranking
     * @throws ProblemException 422 missing parameters; 404 when the caller may read neither the parent
     *                          nor any ranked unit
     */
    @WithSpan
    public RankingView ranking(Caller caller, String parent, Integer year, PeerBlock block) {
        FieldErrors errors = new FieldErrors();
        if (blank(parent)) {
            errors.add("parent", "is required");
        }
        if (year == null) {
            errors.add("year", "is required");
        }
        if (block == null) {
            errors.add("block", "is required: PROVINCE, DEPARTMENT, WARD or COMMUNE");
        }
        errors.throwIfAny();
        List<ParAssessment> all = assessments.search(null, parent.strip(), year, block);
        List<AssessmentView> computed = views.many(all, false);
        Map<String, AssessmentView> byUnit = new HashMap<>();
        computed.forEach(v -> byUnit.put(v.unitCode(), v));
        List<ParRanking.Entry> entries = computed.stream()
                .map(v -> new ParRanking.Entry(v.unitCode(), v.result().index())).toList();
        Map<String, ParAssessment> rows = new HashMap<>();
        all.forEach(a -> rows.put(a.unitCode, a));
        List<RankingView.Item> items = new ArrayList<>();
        for (var r : ParRanking.rank(entries)) {
            ParAssessment a = rows.get(r.unitCode());
            if (!caller.canRead(a.path())) {
                continue;
            }
            AssessmentView v = byUnit.get(r.unitCode());
            items.add(new RankingView.Item(r.rank(), r.tied(), a.unitCode, a.unitName, a.id, r.index(), v.result().band(),
                    v.result().complete(), a.officialIndex, a.officialRank));
        }
        if (items.isEmpty() && units.visible(parent.strip()).filter(u -> caller.canRead(u.path())).isEmpty()) {
            throw ProblemException.notFound("No unit " + parent + " is visible to you");
        }
        return new RankingView(parent.strip(), year, block, all.size(), RankingView.TIE_RULE, items);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
