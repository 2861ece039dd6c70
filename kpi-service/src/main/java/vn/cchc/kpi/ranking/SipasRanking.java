package vn.cchc.kpi.ranking;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.common.security.Caller;
import vn.cchc.common.unit.UnitRef;
import vn.cchc.kpi.sipas.SipasResultService;

/** Ranking by SIPAS: the published value of the year when stored, else the value computed from the year's responses. */
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
        return "SIPAS (Chỉ số hài lòng về sự phục vụ hành chính), %: published value when stored, else computed from the year's survey responses";
    }

    @Override
    public Map<String, Value> values(Caller caller, String parent, List<UnitRef> siblings, int year, LocalDate asOf, LocalDate from) {
        Map<String, Value> out = new HashMap<>();
        sipas.official(siblings.stream().map(UnitRef::code).toList(), year, "SIPAS")
                .forEach((u, o) -> out.put(u, new Value(o.value(), o.source().name(), o.document())));
        return out;
    }
}
