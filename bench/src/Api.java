import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stack's public API as the benchmark sees it: Keycloak password-grant tokens (client
 * {@code cchc-cli}, renewed before they expire) and JSON/CSV calls through a base URL. JSON is read and
 * written with Jackson ({@link #JSON}; on the classpath from bench/target/lib, see bench/pom.xml).
 */
final class Api {
    /** The one JSON mapper of the benchmark tools: objects as LinkedHashMap, arrays as ArrayList. */
    static final ObjectMapper JSON = new ObjectMapper();
    final String base;
    private final String tokenUrl;
    private final String user;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();
    private String token;
    private long tokenUntil;

    Api(String base, String keycloak, String user, String password) {
        this.base = base;
        this.tokenUrl = keycloak + "/realms/cchc/protocol/openid-connect/token";
        this.user = user;
        this.password = password;
    }

    /** @return a valid access token of the user, fetched again when less than 30 s of it is left */
    synchronized String token() throws IOException, InterruptedException {
        long now = System.currentTimeMillis();
        if (token == null || now > tokenUntil - 30_000) {
            String form = "grant_type=password&client_id=cchc-cli&username=" + enc(user) + "&password=" + enc(password);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IOException("token for " + user + ": HTTP " + r.statusCode() + " " + r.body());
            }
            JsonNode m = JSON.readTree(r.body());
            token = m.path("access_token").asText();
            tokenUntil = now + m.path("expires_in").asLong(60) * 1000;
        }
        return token;
    }

    /** POST a body; @return the response (status and text), never throws on an HTTP error status */
    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token()).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** PUT a JSON body with {@code If-Match}; @return the response, never throws on an HTTP error status */
    HttpResponse<String> put(String path, String ifMatch, String json) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token()).header("Content-Type", "application/json")
                .header("If-Match", ifMatch).PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** @return the JSON text of a value (maps, lists, strings, numbers, booleans, null) */
    static String write(Object value) throws IOException {
        return JSON.writeValueAsString(value);
    }

    /** GET a path; @return the response */
    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token()).GET().build();
        return http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
