package vn.cchc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One request id follows a call from the gateway into the service and into both processes' logs, as
 * a structured access line; an operator can grep one id and see the whole call.
 */
@ExtendWith(LocalStack.class)
class ObservabilityE2EIT {

    private final LocalStack stack = LocalStack.get();

    @Test
    void theRequestIdIsEchoedAndLoggedByTheGatewayAndTheService() throws Exception {
        String id = "e2e-trace-" + System.nanoTime();
        var answer = given().auth().oauth2(stack.token("badinh.officer")).header("X-Request-Id", id)
                .get(stack.gateway() + "/api/v1/units/HN-BADINH")
                .then().statusCode(200).header("X-Request-Id", equalTo(id)).extract();
        Assertions.assertEquals(1, answer.headers().getValues("X-Request-Id").size(), "one id, not the gateway's and the service's");
        String gatewayLine = awaitLine("gateway", id);
        String serviceLine = awaitLine("plan-service", id);
        Assertions.assertTrue(gatewayLine.contains("method=GET") && gatewayLine.contains("status=200"), gatewayLine);
        Assertions.assertTrue(serviceLine.contains("uri=\"/api/v1/units/HN-BADINH\"") && serviceLine.contains("user=\"badinh.officer\""),
                serviceLine);
        // without one, the gateway makes one up
        given().get(stack.gateway() + "/api/v1/units").then().statusCode(401)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    /** @return the first access line of that process's log carrying the id, waiting a little for the log to be written */
    private String awaitLine(String process, String id) throws IOException, InterruptedException {
        for (int i = 0; i < 50; i++) {
            Optional<String> line = Files.readAllLines(stack.logs().resolve(process + ".log"), StandardCharsets.UTF_8).stream()
                    .filter(l -> l.contains("rid=" + id) && l.contains("access ")).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No access line with rid=" + id + " in " + process + ".log");
    }
}
