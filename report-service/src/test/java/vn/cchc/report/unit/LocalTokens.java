package vn.cchc.report.unit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A minimal OpenID provider for a test run without Keycloak: an RSA key pair, the discovery document
 * and the JWKS served on a free local port (the JDK's own HTTP server), and tokens signed with that
 * key and shaped like the cchc realm's (realm roles, claim {@code unit}). Unlike {@code @TestSecurity},
 * the request then carries a genuine {@code Authorization} header that the service verifies, which is
 * what passing the caller's token on to another service needs.
 */
public class LocalTokens implements QuarkusTestResourceLifecycleManager {

    private static final String REALM_PATH = "/realms/test";
    private static final String KEY_ID = "local";

    private static KeyPair keys;
    private static String issuer;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the local OpenID provider", e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + REALM_PATH;
        String discovery = "{\"issuer\":\"" + issuer + "\",\"jwks_uri\":\"" + issuer + "/protocol/openid-connect/certs\","
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
        RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
        String jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\","
                + "\"n\":\"" + base64Url(pub.getModulus()) + "\",\"e\":\"" + base64Url(pub.getPublicExponent()) + "\"}]}";
        server.createContext(REALM_PATH + "/.well-known/openid-configuration", ex -> send(ex, discovery));
        server.createContext(REALM_PATH + "/protocol/openid-connect/certs", ex -> send(ex, jwks));
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", issuer);
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    /**
     * @param username {@code preferred_username}
     * @param unit     the {@code unit} claim
     * @param roles    realm roles
     * @return a signed access token valid for five minutes
     */
    public static String token(String username, String unit, String... roles) {
        return Jwt.issuer(issuer)
                .subject(username)
                .preferredUserName(username)
                .claim("unit", unit)
                .groups(Set.of(roles))
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .expiresIn(300)
                .jws().keyId(KEY_ID)
                .sign(keys.getPrivate());
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length); // unsigned big-endian, as RFC 7518 wants
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void send(HttpExchange ex, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
