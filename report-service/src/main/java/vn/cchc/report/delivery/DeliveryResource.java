package vn.cchc.report.delivery;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.cchc.common.security.CurrentCaller;
import vn.cchc.report.Examples;

/** REST resource of the delivery log (nhật ký gửi báo cáo). Thin: rules live in {@link DeliveryLogService}. */
@Path("/api/v1/deliveries")
@Tag(name = "Deliveries", description = "Delivery of sent reports to reporting portals (gửi báo cáo lên hệ thống thông tin báo cáo): status and every attempt")
@SecurityRequirement(name = "keycloak")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class DeliveryResource {

    private final DeliveryLogService service;
    private final CurrentCaller caller;

    public DeliveryResource(DeliveryLogService service, CurrentCaller caller) {
        this.service = service;
        this.caller = caller;
    }

    /**
     * @param report the report id
     * @return the report's deliveries with their attempts
     */
    @GET
    @Operation(summary = "The delivery log of a report (nhật ký gửi báo cáo)",
            description = "Each sent version's delivery to its portal: PENDING while being tried (with the next attempt's time), "
                    + "DELIVERED once the portal accepted it, REJECTED with the portal's reason (lý do từ chối) when it refused it; "
                    + "and every attempt with its time, outcome, HTTP status and reason. Transient failures are retried with "
                    + "exponential backoff without end, under the same Idempotency-Key, so a version is filed once.")
    @APIResponse(responseCode = "200", description = "The log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "Delivered after two failures", value = Examples.DELIVERY_LOG)))
    @APIResponse(responseCode = "400", description = "report is not a number")
    @APIResponse(responseCode = "422", description = "report missing")
    @APIResponse(responseCode = "404", description = "The report has no delivery, or its unit is not visible to you")
    public DeliveryLog byReport(@Parameter(description = "Report id (mã báo cáo)", example = "12", required = true)
                                @QueryParam("report") @NotNull Long report) {
        return service.forReport(caller.get(), report);
    }
}
