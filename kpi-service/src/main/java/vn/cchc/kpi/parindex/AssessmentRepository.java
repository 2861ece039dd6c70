package vn.cchc.kpi.parindex;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.cchc.kpi.parindex.model.PeerBlock;

/** Queries on assessments. */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepository<ParAssessment> {

    /**
     * @param unit   only this unit, when not null
     * @param parent only units directly under this one, when not null
     * @param year   only this index year, when not null
     * @param block  only this block, when not null
     * @return the assessments with their framework, by unit code and year
     */
    public List<ParAssessment> search(String unit, String parent, Integer year, PeerBlock block) {
        StringBuilder q = new StringBuilder("from ParAssessment a join fetch a.framework where 1 = 1");
        Parameters p = new Parameters();
        if (unit != null) {
            q.append(" and a.unitCode = :unit");
            p.and("unit", unit);
        }
        if (parent != null) {
            q.append(" and a.parentCode = :parent");
            p.and("parent", parent);
        }
        if (year != null) {
            q.append(" and a.indexYear = :year");
            p.and("year", year);
        }
        if (block != null) {
            q.append(" and a.block = :block");
            p.and("block", block);
        }
        return find(q.toString(), Sort.by("a.unitCode").and("a.indexYear"), p).list();
    }

    /** @return how many assessments use the framework */
    public long countUsing(ParFramework framework) {
        return count("framework", framework);
    }
}
