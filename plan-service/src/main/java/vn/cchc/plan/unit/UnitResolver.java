package vn.cchc.plan.unit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the registry unit a document means by a name such as "Phòng Văn hóa - Xã hội" or
 * "Văn phòng HĐND&UBND": names and aliases are compared by {@link UnitNameMatcher#key}, nearest
 * first — the plan's own unit and its subtree, then each ancestor and the ancestor's direct children
 * (a city's departments, a ward's sibling wards) — so a ward plan's "Phòng Văn hóa - Xã hội" is its
 * own division, never another ward's. A name that matches no such unit, or two units at the same
 * distance, stays free text (never guessed).
 */
@ApplicationScoped
public class UnitResolver {

    private final EntityManager em;

    public UnitResolver(EntityManager em) {
        this.em = em;
    }

    /** A resolver bound to one plan's unit, caching its look-ups for one import. */
    public final class Scope {
        private final List<String> ancestry;
        private final Map<String, Optional<OrgUnit>> cache = new HashMap<>();
        private final Map<String, List<OrgUnit>> candidates;

        private Scope(OrgUnit planUnit) {
            this.ancestry = planUnit.pathCodes();
            String root = "/" + ancestry.get(0) + "/";
            this.candidates = new HashMap<>();
            List<OrgUnit> units = em.createQuery("from OrgUnit u where u.path like :root", OrgUnit.class)
                    .setParameter("root", root + "%").getResultList();
            for (OrgUnit u : units) {
                candidates.computeIfAbsent(UnitNameMatcher.key(u.name), k -> new java.util.ArrayList<>()).add(u);
            }
            List<UnitAlias> aliases = em.createQuery(
                            "from UnitAlias a join fetch a.unit u where u.path like :root", UnitAlias.class)
                    .setParameter("root", root + "%").getResultList();
            for (UnitAlias a : aliases) {
                candidates.computeIfAbsent(a.aliasKey, k -> new java.util.ArrayList<>()).add(a.unit);
            }
        }

        /**
         * @param name a unit name as written in the document
         * @return the unit it means, or empty when none or several are equally near
         */
        public Optional<OrgUnit> resolve(String name) {
            return cache.computeIfAbsent(UnitNameMatcher.key(name), this::nearest);
        }

        private Optional<OrgUnit> nearest(String key) {
            List<OrgUnit> found = candidates.getOrDefault(key, List.of()).stream().distinct().toList();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            // distance = how many levels up from the plan's unit the common ancestor lies
            Map<OrgUnit, Integer> distance = new HashMap<>();
            for (OrgUnit u : found) {
                int d = distanceFrom(u.pathCodes());
                if (d >= 0) {
                    distance.put(u, d);
                }
            }
            if (distance.isEmpty()) {
                return Optional.empty();
            }
            found = List.copyOf(distance.keySet());
            int best = distance.values().stream().min(Comparator.naturalOrder()).orElseThrow();
            List<OrgUnit> nearest = found.stream().filter(u -> distance.get(u) == best).toList();
            return nearest.size() == 1 ? Optional.of(nearest.get(0)) : Optional.empty();
        }

        /** @return levels up from the plan's unit to the common ancestor, or -1 when out of reach */
        private int distanceFrom(List<String> path) {
            int common = 0;
            while (common < path.size() && common < ancestry.size() && path.get(common).equals(ancestry.get(common))) {
                common++;
            }
            boolean inSubtree = common == ancestry.size();
            boolean ancestorOrItsChild = path.size() <= common + 1;
            return inSubtree || ancestorOrItsChild ? ancestry.size() - common : -1;
        }
    }

    /**
     * @param planUnit the unit whose plan mentions the names
     * @return a resolver for names in that plan
     */
    public Scope forPlanOf(OrgUnit planUnit) {
        return new Scope(planUnit);
    }
}
