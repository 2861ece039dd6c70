package vn.cchc.common.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One GET to a dependency for a health check: 2 s to connect, 3 s for the answer, body discarded.
 * Shared by every readiness check that asks another HTTP service whether it is there.
 */
public final class HttpProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    private HttpProbe() {
    }

    /**
     * What a probe found.
     *
     * @param status the HTTP status, or 0 when no answer came
     * @param error  simple name of the exception when no answer came, else null
     */
    public record Result(int status, String error) {

        /** @return true when the dependency answered 200 */
        public boolean up() {
            return status == 200;
        }
    }

    /**
     * @param baseUrl the dependency's base URL, with or without a trailing slash
     * @param path    path to append, starting with a slash, e.g. {@code /q/health/live}
     * @return the status, or the error when the dependency did not answer; never throws
     */
    public static Result get(String baseUrl, String path) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(baseUrl.replaceFirst("/$", "") + path))
                    .timeout(Duration.ofSeconds(3)).GET().build();
            int status = HTTP.sendAsync(req, HttpResponse.BodyHandlers.discarding())
                    .orTimeout(5, java.util.concurrent.TimeUnit.SECONDS).join().statusCode();
            return new Result(status, null);
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return new Result(0, cause.getClass().getSimpleName());
        }
    }
}
