package vn.cchc.report.delivery;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import vn.cchc.common.health.HttpProbe;

/**
 * The HTTP JSON connector of one reporting portal: POSTs a report version's snapshot to the portal's
 * URL with {@code Idempotency-Key: reportId:version} (so the portal files a repeated delivery once),
 * {@code Authorization: Bearer <token>} when a token is configured, and classifies the answer
 * ({@link PortalAnswer}). Never throws for a failed delivery: every failure becomes an answer.
 */
public class PortalConnector {

    /** Header carrying the idempotency key. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final String name;
    private final PortalsConfig.Portal config;
    private final HttpClient http;

    /**
     * @param name   connector name, e.g. {@code hanoi-cchc}
     * @param config its URL, token and timeouts
     */
    public PortalConnector(String name, PortalsConfig.Portal config) {
        this.name = name;
        this.config = config;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @return the connector name */
    public String name() {
        return name;
    }

    /** @return the endpoint reports are POSTed to */
    public URI url() {
        return config.url();
    }

    /**
     * Delivers one report version.
     *
     * @param idempotencyKey {@code reportId:version}
     * @param payloadJson    the body, sent as UTF-8 JSON exactly as given
     * @return the classified answer; a timeout, refused connection or other I/O failure is a RETRY
     */
    public PortalAnswer send(String idempotencyKey, String payloadJson) {
        HttpRequest.Builder req = HttpRequest.newBuilder(config.url())
                .timeout(config.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json, application/problem+json")
                .header(IDEMPOTENCY_KEY, idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(payloadJson, StandardCharsets.UTF_8));
        config.token().ifPresent(t -> req.header("Authorization", "Bearer " + t));
        try {
            HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return PortalAnswer.of(res.statusCode(), res.body(), res.headers().firstValue("Retry-After").orElse(null));
        } catch (HttpConnectTimeoutException e) {
            return PortalAnswer.noAnswer("no connection within " + config.connectTimeout().toMillis() + " ms");
        } catch (HttpTimeoutException e) {
            return PortalAnswer.noAnswer("no answer within " + config.timeout().toMillis() + " ms");
        } catch (ConnectException e) {
            return PortalAnswer.noAnswer("connection refused by " + config.url().getHost() + ":" + port());
        } catch (IOException e) {
            return PortalAnswer.noAnswer("I/O error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PortalAnswer.noAnswer("interrupted while sending");
        }
    }

    /**
     * Whether the portal answers at all: a GET to its health URL (or its URL), any HTTP status below
     * 500 counting as up — a portal that answers 405 to a GET on its filing endpoint is there.
     *
     * @return the probe's result; never throws
     */
    public HttpProbe.Result probe() {
        URI target = config.healthUrl().orElse(config.url());
        return HttpProbe.get(target.toString(), "");
    }

    private int port() {
        int p = config.url().getPort();
        return p > 0 ? p : "https".equals(config.url().getScheme()) ? 443 : 80;
    }
}
