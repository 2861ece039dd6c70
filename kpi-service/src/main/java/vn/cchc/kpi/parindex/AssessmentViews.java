package vn.cchc.kpi.parindex;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.kpi.parindex.model.FrameworkDocument;
import vn.cchc.kpi.parindex.rules.Layer;
import vn.cchc.kpi.parindex.rules.LayerScore;
import vn.cchc.kpi.parindex.rules.ParTotals;

/**
 * Assessments as the API shows them: the stored layers of each leaf put through {@link ParTotals}
 * (live, no stored totals). Many assessments are read with one query for all their scores and each
 * framework document parsed once.
 */
@ApplicationScoped
public class AssessmentViews {

    private final ScoreRepository scores;
    private final FrameworkService frameworks;
    private final ObjectMapper json;

    public AssessmentViews(ScoreRepository scores, FrameworkService frameworks, ObjectMapper json) {
        this.scores = scores;
        this.frameworks = frameworks;
        this.json = json;
    }

    /**
     * @param a      an assessment
     * @param detail every leaf and layer (true) or the areas only
     * @return its view with computed totals
     */
    public AssessmentView one(ParAssessment a, boolean detail) {
        return view(a, frameworks.document(a.framework), scores.of(List.of(a.id)), detail);
    }

    /**
     * @param found  assessments
     * @param detail every leaf and layer (true) or the areas only
     * @return their views, in the same order
     */
    public List<AssessmentView> many(List<ParAssessment> found, boolean detail) {
        Map<Long, List<ParScore>> byAssessment = new HashMap<>();
        for (ParScore s : scores.of(found.stream().map(a -> a.id).toList())) {
            byAssessment.computeIfAbsent(s.assessmentId, k -> new ArrayList<>()).add(s);
        }
        Map<Long, FrameworkDocument> docs = new HashMap<>();
        return found.stream().map(a -> view(a, docs.computeIfAbsent(a.framework.id, k -> frameworks.document(a.framework)),
                byAssessment.getOrDefault(a.id, List.of()), detail)).toList();
    }

    private AssessmentView view(ParAssessment a, FrameworkDocument doc, List<ParScore> rows, boolean detail) {
        Map<Layer, Map<String, LayerScore>> layers = new HashMap<>();
        for (Layer l : Layer.values()) {
            layers.put(l, new HashMap<>());
        }
        for (ParScore s : rows) {
            layers.get(s.layer).put(s.nodeCode, new LayerScore(s.nodeCode, s.value == null ? null : s.value.stripTrailingZeros(),
                    s.points, s.notApplicable, s.source, fromJson(s.evidence), s.text));
        }
        ParTotals.Totals t = ParTotals.compute(doc, layers.get(Layer.SELF), layers.get(Layer.APPRAISAL), layers.get(Layer.SURVEY));
        return AssessmentView.of(a, t, !layers.get(Layer.APPRAISAL).isEmpty(), detail);
    }

    private List<String> fromJson(String s) {
        if (s == null) {
            return List.of();
        }
        try {
            return json.readValue(s, new TypeReference<List<String>>() {
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
