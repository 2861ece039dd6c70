package vn.cchc.kpi.evaluation;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.kpi.value.WindowAggregator;

/**
 * The current measurements a batch evaluation needs, read as plain rows (a projection, not entities:
 * no persistence context, no dirty checking) in ONE query for every unit and indicator, grouped by
 * (unit, indicator) for {@link WindowAggregator}. A national evaluation reads a few hundred thousand
 * rows; as entities that was most of its time.
 */
@ApplicationScoped
public class MeasurementSamples {

    /** One row of the projection. */
    public record Row(String unitCode, long indicatorId, long id, String period, LocalDate start, LocalDate end, BigDecimal value,
                      BigDecimal numerator, BigDecimal denominator) {
    }

    private final EntityManager em;

    public MeasurementSamples(EntityManager em) {
        this.em = em;
    }

    /**
     * @param unitCodes    units to read; empty gives no rows
     * @param indicatorIds indicators to read; empty gives no rows
     * @param from         first day of interest: rows ending before it are not read
     * @param to           last day of interest: rows starting after it are not read
     * @return the current measurements touching [from, to], keyed by {@link #key(String, long)}
     */
    @WithSpan
    public Map<String, List<WindowAggregator.Sample>> touching(Collection<String> unitCodes, Collection<Long> indicatorIds,
                                                              LocalDate from, LocalDate to) {
        Map<String, List<WindowAggregator.Sample>> out = new HashMap<>();
        if (unitCodes.isEmpty() || indicatorIds.isEmpty()) {
            return out;
        }
        List<Row> rows = em.createQuery("select new vn.cchc.kpi.evaluation.MeasurementSamples$Row(m.unitCode, m.indicator.id, m.id, m.period, "
                        + "m.windowStart, m.windowEnd, m.value, m.numerator, m.denominator) from Measurement m "
                        + "where m.current = true and m.unitCode in :units and m.indicator.id in :indicators "
                        + "and m.windowEnd >= :from and m.windowStart <= :to", Row.class)
                .setParameter("units", unitCodes)
                .setParameter("indicators", indicatorIds)
                .setParameter("from", from)
                .setParameter("to", to)
                .setHint("org.hibernate.fetchSize", 5000)
                .setHint("org.hibernate.readOnly", true)
                .getResultList();
        for (Row r : rows) {
            out.computeIfAbsent(key(r.unitCode(), r.indicatorId()), k -> new ArrayList<>())
                    .add(new WindowAggregator.Sample(r.id(), r.period(), r.start(), r.end(), r.value(), r.numerator(), r.denominator()));
        }
        return out;
    }

    /**
     * @param unitCode    unit code
     * @param indicatorId indicator id
     * @return the key of that pair in {@link #touching}'s answer
     */
    public static String key(String unitCode, long indicatorId) {
        return unitCode + "\u0000" + indicatorId;
    }
}
