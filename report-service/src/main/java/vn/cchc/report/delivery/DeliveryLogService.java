package vn.cchc.report.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cchc.common.problem.ProblemException;
import vn.cchc.common.security.Caller;

/**
 * Reads the delivery log of a report. Access is checked against the unit path stored with each
 * delivery (the one the life cycle gave when the report was sent), with {@link Caller#canRead}: a
 * caller who may not read that unit gets 404, as for a report that was never sent — the answer does
 * not tell the two apart.
 */
@ApplicationScoped
public class DeliveryLogService {

    private final EntityManager em;

    public DeliveryLogService(EntityManager em) {
        this.em = em;
    }

    /**
     * @param caller   the caller
     * @param reportId the report
     * @return every delivery of the report's versions with all their attempts
     * @throws ProblemException 404 when the report has no delivery, or its unit is not readable by the caller
     */
    @Transactional
    public DeliveryLog forReport(Caller caller, long reportId) {
        List<Delivery> rows = em.createQuery("from Delivery where reportId = :r order by reportVersion, id", Delivery.class)
                .setParameter("r", reportId).getResultList();
        if (rows.isEmpty() || !rows.stream().allMatch(d -> caller.canRead(pathOf(d.unitPath)))) {
            throw ProblemException.notFound("No delivery of report " + reportId + " is visible to you");
        }
        Map<Long, List<DeliveryAttempt>> attempts = em.createQuery(
                        "from DeliveryAttempt where deliveryId in :ids order by attemptNo, id", DeliveryAttempt.class)
                .setParameter("ids", rows.stream().map(d -> d.id).toList()).getResultList().stream()
                .collect(Collectors.groupingBy(a -> a.deliveryId));
        return new DeliveryLog(reportId, rows.stream().map(d -> DeliveryView.of(d, attempts.getOrDefault(d.id, List.of()))).toList());
    }

    /**
     * @param unitPath a materialised path such as {@code /VN/HN/HN-BADINH/}
     * @return its codes from the root, e.g. {@code [VN, HN, HN-BADINH]}
     */
    static List<String> pathOf(String unitPath) {
        return Arrays.stream(unitPath.split("/")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
