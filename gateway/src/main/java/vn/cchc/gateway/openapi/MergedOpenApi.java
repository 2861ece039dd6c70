package vn.cchc.gateway.openapi;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.cchc.gateway.route.GatewayConfig;

/**
 * The merged OpenAPI document of the whole API: fetches each upstream's {@code /q/openapi?format=json}
 * (base URLs and prefixes from {@code cchc.gateway.upstreams.*}), merges them with
 * {@link OpenApiMerger} and keeps the result for {@code cchc.gateway.openapi.cache-ttl} (a document
 * lacking an upstream only for {@code incomplete-cache-ttl}). Concurrent callers share one fetch. An
 * upstream that does not answer in time, answers other than 200 or sends no JSON object is left out
 * and named in {@link Document#missing()}; this never fails.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);

    /** {@code info.title} of the merged document. */
    public static final String TITLE = "cchc-platform API";

    /**
     * One merged document, ready to send.
     *
     * @param json    the document as UTF-8 JSON
     * @param etag    a strong entity tag of {@code json}, quoted
     * @param missing names of the upstreams left out, sorted; empty when the document is complete
     */
    public record Document(byte[] json, String etag, List<String> missing) {

        /** Copies the list of missing upstreams. */
        public Document {
            missing = List.copyOf(missing);
        }
    }

    private record Cached(Document document, Instant expires) {
    }

    private final GatewayConfig gateway;
    private final OpenApiConfig config;
    private final OpenApiMerger merger;
    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private final HttpClient http;
    private final Clock clock = Clock.systemUTC();

    private Cached cached;
    private CompletableFuture<Document> inFlight;

    /**
     * @param gateway    upstream names, URLs and prefixes
     * @param config     cache times, fetch timeout, version, client id, issuer override
     * @param oidcServer the issuer the gateway verifies tokens with ({@code quarkus.oidc.auth-server-url})
     */
    public MergedOpenApi(GatewayConfig gateway, OpenApiConfig config,
                         @ConfigProperty(name = "quarkus.oidc.auth-server-url") String oidcServer) {
        this.gateway = gateway;
        this.config = config;
        this.merger = new OpenApiMerger(new OpenApiMerger.Settings(TITLE, config.version(), description(),
                config.issuer().orElse(oidcServer), config.clientId()));
        // HTTP/1.1: the JDK client's default h2c upgrade against the services' HTTP server was seen to
        // leave a fetch unanswered for good
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(config.fetchTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * @return the merged document: the cached one while it is fresh, else a newly merged one (fetched
     *         once however many callers wait for it); never completes exceptionally
     */
    public CompletionStage<Document> document() {
        synchronized (this) {
            if (cached != null && clock.instant().isBefore(cached.expires())) {
                return CompletableFuture.completedFuture(cached.document());
            }
            if (inFlight == null || inFlight.isDone()) {
                inFlight = fetchAndMerge();
            }
            return inFlight;
        }
    }

    private CompletableFuture<Document> fetchAndMerge() {
        List<String> names = gateway.upstreams().keySet().stream().sorted().toList();
        List<CompletableFuture<OpenApiMerger.Source>> fetches = new ArrayList<>();
        for (String name : names) {
            GatewayConfig.Upstream upstream = gateway.upstreams().get(name);
            fetches.add(fetch(name, upstream.url()).thenApply(doc -> new OpenApiMerger.Source(name, upstream.prefixes(), doc)));
        }
        return CompletableFuture.allOf(fetches.toArray(CompletableFuture[]::new))
                .thenApply(v -> merge(fetches.stream().map(CompletableFuture::join).toList()))
                .exceptionally(e -> {
                    LOG.errorf(e, "Merging the upstreams' OpenAPI documents failed");
                    return merge(names.stream().map(n -> new OpenApiMerger.Source(n, List.of(), null)).toList());
                })
                .whenComplete((doc, e) -> {
                    if (doc == null) {
                        return;
                    }
                    synchronized (this) {
                        Instant now = clock.instant();
                        cached = new Cached(doc, now.plus(doc.missing().isEmpty() ? config.cacheTtl() : config.incompleteCacheTtl()));
                    }
                });
    }

    /** @return the upstream's document, or null (logged) when it cannot be had */
    private CompletableFuture<JsonNode> fetch(String name, String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl.replaceFirst("/+$", "") + "/q/openapi?format=json");
        } catch (IllegalArgumentException e) {
            LOG.warnf("OpenAPI of upstream %s left out: bad URL %s", name, baseUrl);
            return CompletableFuture.completedFuture(null);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.fetchTimeout())
                .header("Accept", "application/json").GET().build();
        // the request timeout covers the headers only: bound the whole exchange, body included
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                .orTimeout(config.fetchTimeout().toMillis() * 2, java.util.concurrent.TimeUnit.MILLISECONDS)
                .thenApply(response -> {
                    if (response.statusCode() != 200) {
                        LOG.warnf("OpenAPI of upstream %s left out: %s answered %d", name, uri, response.statusCode());
                        return null;
                    }
                    try {
                        JsonNode doc = mapper.readTree(response.body());
                        if (doc instanceof ObjectNode) {
                            return doc;
                        }
                        LOG.warnf("OpenAPI of upstream %s left out: %s sent no JSON object", name, uri);
                    } catch (IOException e) {
                        LOG.warnf("OpenAPI of upstream %s left out: %s sent no JSON (%s)", name, uri, e.getMessage());
                    }
                    return (JsonNode) null;
                })
                .exceptionally(e -> {
                    Throwable cause = e.getCause() != null ? e.getCause() : e;
                    LOG.warnf("OpenAPI of upstream %s left out: %s did not answer (%s)", name, uri, cause.toString());
                    return null;
                });
    }

    private Document merge(List<OpenApiMerger.Source> sources) {
        ObjectNode merged = merger.merge(sources);
        List<String> missing = new ArrayList<>();
        merged.path(OpenApiMerger.MISSING_UPSTREAMS).forEach(n -> missing.add(n.asText()));
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(merged);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Document(json, etag(json), missing);
    }

    private static String etag(byte[] json) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(json);
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the English and Vietnamese {@code info.description}, from {@code description.md} next to this class */
    static String description() {
        try (InputStream in = MergedOpenApi.class.getResourceAsStream("description.md")) {
            if (in == null) {
                throw new IllegalStateException("description.md missing next to " + MergedOpenApi.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
