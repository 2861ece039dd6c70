package vn.cchc.kpi.parindex;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import vn.cchc.kpi.parindex.rules.Layer;

/** Queries on leaf scores. */
@ApplicationScoped
public class ScoreRepository implements PanacheRepository<ParScore> {

    /** @return every score of the assessments, in one query */
    public List<ParScore> of(Collection<Long> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return List.of();
        }
        return list("assessmentId in ?1 order by id", assessmentIds);
    }

    /** @return whether the assessment has any score in the layer */
    public boolean any(long assessmentId, Layer layer) {
        return count("assessmentId = ?1 and layer = ?2", assessmentId, layer) > 0;
    }

    /** Deletes one layer of an assessment (before it is written again). */
    public void clear(long assessmentId, Layer layer) {
        delete("assessmentId = ?1 and layer = ?2", assessmentId, layer);
    }
}
