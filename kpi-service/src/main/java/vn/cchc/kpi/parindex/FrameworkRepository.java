package vn.cchc.kpi.parindex;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.kpi.parindex.model.PeerBlock;

/** Queries on frameworks. */
@ApplicationScoped
public class FrameworkRepository implements PanacheRepository<ParFramework> {

    /**
     * @param issuer only this issuer, when not null
     * @param year   only frameworks in force in this index year, when not null
     * @param block  only this block, when not null
     * @return frameworks sorted by issuer, block, year and edition (newest first)
     */
    public PanacheQuery<ParFramework> search(String issuer, Integer year, PeerBlock block) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (issuer != null) {
            q.append(" and issuer = :issuer");
            p.and("issuer", issuer);
        }
        if (year != null) {
            q.append(" and year <= :year and (lastYear is null or lastYear >= :year)");
            p.and("year", year);
        }
        if (block != null) {
            q.append(" and block = :block");
            p.and("block", block);
        }
        return find(q.toString(), Sort.by("issuer").and("block").and("year", Sort.Direction.Descending)
                .and("edition", Sort.Direction.Descending), p);
    }

    /**
     * @return the highest edition of (issuer, year, block), 0 when there is none
     */
    public int lastEdition(String issuer, int year, PeerBlock block) {
        Integer max = getEntityManager().createQuery(
                        "select max(f.edition) from ParFramework f where f.issuer = ?1 and f.year = ?2 and f.block = ?3", Integer.class)
                .setParameter(1, issuer).setParameter(2, year).setParameter(3, block).getSingleResult();
        return max == null ? 0 : max;
    }
}
