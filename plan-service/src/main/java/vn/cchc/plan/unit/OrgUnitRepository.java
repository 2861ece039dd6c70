package vn.cchc.plan.unit;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cchc.common.api.Like;
import java.util.Optional;

/** Queries on the org unit registry. */
@ApplicationScoped
public class OrgUnitRepository implements PanacheRepository<OrgUnit> {

    /** How long the path of a caller's unit is kept in memory (a unit's path never changes; see UnitPathCache). */
    @ConfigProperty(name = "cchc.units.path-cache-ttl", defaultValue = "5m")
    Duration pathCacheTtl;

    private UnitPathCache paths;

    /** @return the unit with that code, if any */
    public Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * The part of the tree a caller may read, as a path prefix.
     *
     * @param caller the caller
     * @return "/" for an administrator, the path of the caller's unit otherwise (kept in memory for
     *         {@code cchc.units.path-cache-ttl}); empty when the caller has no unit or an unknown one (it
     *         then reads nothing)
     */
    public java.util.Optional<String> readScope(vn.cchc.common.security.Caller caller) {
        if (caller.isAdmin()) {
            return java.util.Optional.of("/");
        }
        if (caller.unitCode() == null) {
            return java.util.Optional.empty();
        }
        return paths.path(caller.unitCode(), code -> getEntityManager()
                .createQuery("select u.path from OrgUnit u where u.code = :code", String.class)
                .setParameter("code", code).getResultStream().findFirst());
    }

    @PostConstruct
    void createPathCache() {
        paths = new UnitPathCache(pathCacheTtl, 10_000, Clock.systemUTC());
    }

    /**
     * Units under {@code scopePath} (inclusive) matching the filters, sorted by path (tree order).
     *
     * @param scopePath  materialised path the results must lie under; "/" for everything
     * @param parentCode only direct children of this unit, when not null
     * @param codes      only these unit codes, when not empty
     * @param level      only this level, when not null
     * @param folded     folded text that the folded name or the code must contain, when not null
     * @return a query to page over
     */
    public PanacheQuery<OrgUnit> search(String scopePath, String parentCode, java.util.List<String> codes, OrgUnitLevel level, String folded) {
        StringBuilder q = new StringBuilder("path like :scope");
        Parameters p = Parameters.with("scope", scopePath + "%");
        if (parentCode != null) {
            q.append(" and parent.code = :parent");
            p.and("parent", parentCode);
        }
        if (!codes.isEmpty()) {
            q.append(" and code in :codes");
            p.and("codes", codes);
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
