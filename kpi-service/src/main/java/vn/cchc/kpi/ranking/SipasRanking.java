package vn.cchc.kpi.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.common.security.Caller;
import vn.cchc.common.unit.UnitRef;
import vn.cchc.kpi.sipas.SipasResultService;

/**
 * Ranking by SIPAS: the published value of the year when stored, else the value computed from the survey
 * responses whose period lies inside the window [from, asOf] (default: the calendar year), the same window
 * a target evaluation judges the survey value by.
 */
@ApplicationScoped
public class SipasRanking implements RankingSource {

    private final SipasResultService sipas;

    public SipasRanking(SipasResultService sipas) {
        this.sipas = sipas;
    }

    @Override
    public String key() {
        return "SIPAS";
    }

    @Override
    public String description() {
        return "SIPAS (Chỉ số hài lòng về sự phục vụ hành chính), %: published value when stored, else computed from the survey responses "
                + "of periods inside [from, asOf] (default the calendar year)";
    }

    @Override
    public Map<String, Value> values(Caller caller, String parent, List<UnitRef> siblings, int year, LocalDate asOf, LocalDate from) {
        Map<String, Value> out = new HashMap<>();
        LocalDate start = from != null ? from : LocalDate.of(year, 1, 1);
        LocalDate yearEnd = start.plusYears(1).minusDays(1);
        LocalDate end = asOf == null || asOf.isAfter(yearEnd) ? yearEnd : asOf;
        List<String> codes = siblings.stream().map(UnitRef::code).toList();
        sipas.official(codes, codes, year, start, end, "SIPAS")
                .forEach((u, o) -> out.put(u, new Value(o.value(), o.source().name(), o.document())));
        return out;
    }
}
