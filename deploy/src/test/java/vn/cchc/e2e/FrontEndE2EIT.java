package vn.cchc.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a front-end team does, on the real stack: generate a TypeScript client from the gateway's
 * merged OpenAPI with a standard generator (openapi-typescript), compile a program against it with
 * tsc, call the API with it (openapi-fetch); and log in to Swagger UI at Keycloak in headless
 * Chromium and try a call. The npm project is {@code clients/typescript} (versions pinned in its
 * package-lock.json); {@code .ci/run} installs Chromium.
 */
@ExtendWith(LocalStack.class)
class FrontEndE2EIT {

    private final LocalStack stack = LocalStack.get();
    private final Path project = Path.of(System.getProperty("cchc.root", "..")).toAbsolutePath().normalize()
            .resolve("clients/typescript");

    @Test
    void aGeneratedTypeScriptClientCompilesAndCallsTheApi() throws Exception {
        npm("ci", "--no-audit", "--no-fund");
        npm("run", "generate");
        npm("run", "build");
        String out = run(Map.of("CCHC_TOKEN", stack.token("badinh.officer")), "npm", "run", "--silent", "smoke");
        Assertions.assertTrue(out.contains("\"unit\":\"Phường Ba Đình\""), out);
        Assertions.assertTrue(out.contains("\"otherProvince\":404") && out.contains("urn:cchc:problem:not-found"), out);
    }

    @Test
    void swaggerUiLogsInAtKeycloakAndTriesACall() throws Exception {
        allowOrigin(stack.gateway());
        npm("ci", "--no-audit", "--no-fund");
        String out = run(Map.of(), "npm", "run", "--silent", "swagger-login");
        Assertions.assertTrue(out.contains("\"status\":\"200\"") && out.contains("\"hasUnit\":true"), out);
    }

    /**
     * Registers the gateway's origin (a free port in this run) with the client cchc-spa, as an operator
     * does for a deployment: the browser's token call to Keycloak is cross-origin (CORS).
     */
    private void allowOrigin(String origin) {
        String admin = stack.keycloakAdminToken();
        String clients = stack.keycloak() + "/admin/realms/cchc/clients";
        String id = io.restassured.RestAssured.given().auth().oauth2(admin).queryParam("clientId", "cchc-spa").get(clients)
                .then().statusCode(200).extract().path("[0].id");
        Map<String, Object> client = io.restassured.RestAssured.given().auth().oauth2(admin).get(clients + "/" + id)
                .then().statusCode(200).extract().as(Map.class);
        List<Object> origins = new ArrayList<>((List<?>) client.get("webOrigins"));
        origins.add(origin);
        client.put("webOrigins", origins);
        io.restassured.RestAssured.given().auth().oauth2(admin).contentType(io.restassured.http.ContentType.JSON).body(client)
                .put(clients + "/" + id).then().statusCode(204);
    }

    private void npm(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("npm"));
        command.addAll(List.of(args));
        run(Map.of(), command.toArray(String[]::new));
    }

    /** Runs a command in the npm project with the stack's gateway as CCHC_API; fails on a non-zero exit. */
    private String run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Map<String, String> all = new java.util.HashMap<>(env);
        all.put("CCHC_API", stack.gateway());
        return Commands.run(project, all, java.time.Duration.ofMinutes(5), command);
    }
}
