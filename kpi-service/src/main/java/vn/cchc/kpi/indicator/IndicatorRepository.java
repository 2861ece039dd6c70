package vn.cchc.kpi.indicator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import vn.cchc.common.api.Like;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Queries on the indicator catalogue. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepository<Indicator> {

    /** @return the indicator with that code, if any */
    public Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /**
     * @param codes indicator codes
     * @return code → indicator for those codes (unknown codes are simply missing), in one query
     */
    public Map<String, Indicator> findByCodes(Collection<String> codes) {
        Map<String, Indicator> byCode = new HashMap<>();
        if (!codes.isEmpty()) {
            list("code in ?1", codes).forEach(i -> byCode.put(i.code, i));
        }
        return byCode;
    }

    /**
     * Indicators matching the filters, sorted by code.
     *
     * @param kind   only this kind, when not null
     * @param folded folded text that the folded code or names must contain, when not null
     * @return a query to page over
     */
    public PanacheQuery<Indicator> search(IndicatorKind kind, String folded) {
        StringBuilder q = new StringBuilder("1 = 1");
        Parameters p = new Parameters();
        if (kind != null) {
            q.append(" and kind = :kind");
            p.and("kind", kind);
        }
        if (folded != null) {
            q.append(" and searchText like :text" + Like.ESCAPE);
            p.and("text", Like.contains(folded));
        }
        return find(q.toString(), Sort.by("code"), p);
    }
}
