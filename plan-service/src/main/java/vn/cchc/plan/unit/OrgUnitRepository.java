package vn.cchc.plan.unit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.common.api.Like;
import java.util.Optional;

/** Queries on the org unit registry. */
@ApplicationScoped
public class OrgUnitRepository implements PanacheRepository<OrgUnit> {

    /** @return the unit with that code, if any */
    public Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * The part of the tree a caller may read, as a path prefix.
     *
     * @param caller the caller
     * @return "/" for an administrator, the path of the caller's unit otherwise; empty when the caller
     *         has no unit or an unknown one (it then reads nothing)
     */
    public java.util.Optional<String> readScope(vn.cchc.common.security.Caller caller) {
        if (caller.isAdmin()) {
            return java.util.Optional.of("/");
        }
        return caller.unitCode() == null ? java.util.Optional.empty() : findByCode(caller.unitCode()).map(u -> u.path);
    }

    /**
     * Units under {@code scopePath} (inclusive) matching the filters, sorted by path (tree order).
     *
     * @param scopePath  materialised path the results must lie under; "/" for everything
     * @param parentCode only direct children of this unit, when not null
     * @param level      only this level, when not null
     * @param folded     folded text that the folded name or the code must contain, when not null
     * @return a query to page over
     */
    public PanacheQuery<OrgUnit> search(String scopePath, String parentCode, OrgUnitLevel level, String folded) {
        StringBuilder q = new StringBuilder("path like :scope");
        Parameters p = Parameters.with("scope", scopePath + "%");
        if (parentCode != null) {
            q.append(" and parent.code = :parent");
            p.and("parent", parentCode);
        }
        if (level != null) {
            q.append(" and level = :level");
            p.and("level", level);
        }
        if (folded != null) {
            q.append(" and (nameFolded like :text" + Like.ESCAPE + " or lower(code) like :text" + Like.ESCAPE + ")");
            p.and("text", Like.contains(folded));
        }
        return find(q.toString(), Sort.by("path"), p);
    }
}
