package vn.cchc.report.delivery;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The delivery log of one report: each sent version's delivery, oldest version first.
 *
 * @param reportId   the report
 * @param deliveries one per sent version
 */
@Schema(name = "DeliveryLog", description = "Delivery log of a report (nhật ký gửi báo cáo): one delivery per sent version.")
public record DeliveryLog(@Schema(example = "12") long reportId, List<DeliveryView> deliveries) {
}
