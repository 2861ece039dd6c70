package vn.cchc.e2e;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real local stack for the end-to-end suite, started once per test run with the project's own
 * launcher ({@code deploy/local/up --no-build}) on free ports and a throwaway state directory
 * (fresh PostgreSQL cluster, Keycloak database and demo data), and stopped with
 * {@code deploy/local/down} when the run ends. Logs stay in {@code deploy/target/e2e-state/logs}.
 *
 * <p>The stack is stopped in every case: if {@code up} fails, {@code down} runs before the failure is
 * reported; after a successful start, JUnit's root store closes it at the end of the run; and a JVM
 * shutdown hook runs {@code down} if the store never did (e.g. the forked JVM is terminated by a timeout).
 */
public final class LocalStack implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static LocalStack running;

    private final Path root = Path.of(System.getProperty("cchc.root", "..")).toAbsolutePath().normalize();
    /**
     * A stack already running (its state directory, as {@code up} left it) to test against instead of
     * starting one: {@code -Dcchc.e2e.attach=.local}. It is neither started nor stopped by the suite.
     */
    private static final String ATTACH = System.getProperty("cchc.e2e.attach");
    private final Path state = Path.of(ATTACH != null ? ATTACH : System.getProperty("cchc.e2e.state", "target/e2e-state"))
            .toAbsolutePath();
    private final Map<String, String> attached = attachedPorts();
    private final int gatewayPort = port("GATEWAY_PORT");
    private final int planPort = port("PLAN_PORT");
    private final int kpiPort = port("KPI_PORT");
    private final int reportPort = port("REPORT_PORT");
    private final int keycloakPort = port("KC_PORT");
    private final int postgresPort = port("PG_PORT");
    private final int portalPort = port("PORTAL_PORT");
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::stopQuietly, "cchc-local-stack-down");
    /** The launcher script running now, so the shutdown hook can end an {@code up} in progress. */
    private volatile Process current;

    /** JUnit needs a public no-arg constructor; the instance that starts the stack is kept in {@link #running}. */
    public LocalStack() {
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        // a call that hangs fails its test after a minute instead of stalling the run
        io.restassured.RestAssured.config = io.restassured.RestAssured.config().httpClient(
                io.restassured.config.HttpClientConfig.httpClientConfig()
                        .setParam("http.connection.timeout", 10_000)
                        .setParam("http.socket.timeout", 60_000));
        synchronized (LocalStack.class) {
            if (running == null) {
                LocalStack stack = new LocalStack();
                if (ATTACH == null) {
                    stack.start();
                    // registered for close() only once started; a failed start has already run down
                    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(LocalStack.class.getName(), stack);
                }
                running = stack;
            }
        }
    }

    /** @return the stack started for this run */
    public static LocalStack get() {
        if (running == null) {
            throw new IllegalStateException("Annotate the test class with @ExtendWith(LocalStack.class)");
        }
        return running;
    }

    private Map<String, String> env() {
        return Map.ofEntries(
                // the delivery worker retries within seconds here, so a portal failing twice is seen through
                Map.entry("CCHC_DELIVERY_EVERY", "1s"),
                Map.entry("CCHC_DELIVERY_BACKOFF_BASE", "1s"),
                Map.entry("CCHC_DELIVERY_BACKOFF_MAX", "4s"),
                Map.entry("CCHC_STATE_DIR", state.toString()),
                Map.entry("CCHC_GATEWAY_PORT", Integer.toString(gatewayPort)),
                Map.entry("CCHC_PLAN_PORT", Integer.toString(planPort)),
                Map.entry("CCHC_KPI_PORT", Integer.toString(kpiPort)),
                Map.entry("CCHC_REPORT_PORT", Integer.toString(reportPort)),
                Map.entry("CCHC_KEYCLOAK_PORT", Integer.toString(keycloakPort)),
                Map.entry("CCHC_PG_PORT", Integer.toString(postgresPort)),
                Map.entry("CCHC_PORTAL_PORT", Integer.toString(portalPort)));
    }

    private void start() throws IOException, InterruptedException {
        run("down", "--purge");
        Files.createDirectories(state);
        // from here on something may run: a JVM that exits without closing the store still stops it
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            run("up", "--no-build");
        } catch (Throwable startFailure) {
            try {
                stop();
            } catch (Throwable stopFailure) {
                startFailure.addSuppressed(stopFailure);
            }
            throw startFailure;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }

    /** Runs {@code down} once, whoever asks first (the store, a failed start or the shutdown hook). */
    private void stop() throws IOException, InterruptedException {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        try {
            run("down");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException shutdownInProgress) {
                // called from the hook itself, or while the JVM exits: nothing to remove
            }
        }
    }

    private void stopQuietly() {
        Process up = current;
        if (up != null && up.isAlive()) {
            // the JVM is going away during up: end it first, so it launches nothing after down
            up.destroy();
            try {
                up.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            stop();
        } catch (Exception e) {
            System.err.println("[cchc] stopping the local stack at JVM exit failed: " + e);
        }
    }

    private void run(String script, String... args) throws IOException, InterruptedException {
        Files.createDirectories(state.getParent());
        Path log = state.getParent().resolve("e2e-" + script + ".log");
        List<String> cmd = new java.util.ArrayList<>(List.of(root.resolve("deploy/local/" + script).toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(env());
        Process p = pb.start();
        current = p;
        try {
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException(script + " did not finish in 15 minutes; see " + log);
            }
        } finally {
            current = null;
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(script + " failed (exit " + p.exitValue() + "):\n" + Files.readString(log));
        }
    }

    /** @return base URL of the gateway */
    public String gateway() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** @return base URL of plan-service, for the direct-call (defence in depth) checks */
    public String planService() {
        return "http://127.0.0.1:" + planPort;
    }

    /** @return base URL of kpi-service */
    public String kpiService() {
        return "http://127.0.0.1:" + kpiPort;
    }

    /** @return base URL of the reporting portal stand-in ({@code GET /log}: what it received; {@code POST /control/…}) */
    public String portalStandIn() {
        return "http://127.0.0.1:" + portalPort;
    }

    /** @return base URL of report-service */
    public String reportService() {
        return "http://127.0.0.1:" + reportPort;
    }

    /**
     * Stops one process of the stack (SIGTERM to the PID that {@code up} recorded), to see how the
     * others behave without it; {@link #startMissing()} brings it back.
     *
     * @param name e.g. {@code kpi-service}
     */
    public void kill(String name) throws IOException, InterruptedException {
        long pid = Long.parseLong(Files.readString(state.resolve("run/" + name + ".pid")).strip());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        for (int i = 0; i < 100 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false); i++) {
            Thread.sleep(100);
        }
    }

    /** Runs {@code up --no-build} again: it starts what is not running and waits until all is healthy. */
    public void startMissing() throws IOException, InterruptedException {
        run("up", "--no-build");
    }

    /** @return base URL of Keycloak */
    public String keycloak() {
        return "http://127.0.0.1:" + keycloakPort;
    }

    /** @return the directory holding each process's log file ({@code <name>.log}) */
    public Path logs() {
        return state.resolve("logs");
    }

    /** @return token endpoint of the cchc realm */
    public String tokenEndpoint() {
        return "http://127.0.0.1:" + keycloakPort + "/realms/cchc/protocol/openid-connect/token";
    }

    /**
     * Password grant with the public client {@code cchc-cli}.
     *
     * @param username a demo user (password {@code demo})
     * @return the access token
     */
    public String token(String username) {
        return token(username, "demo");
    }

    /** @return an access token of {@code username} (password grant with {@code cchc-cli}) */
    public String token(String username, String password) {
        return given().formParam("grant_type", "password").formParam("client_id", "cchc-cli")
                .formParam("username", username).formParam("password", password)
                .post(tokenEndpoint()).then().statusCode(200).extract().path("access_token");
    }

    /** @return an access token of Keycloak's own administrator (master realm), for setting up test clients */
    public String keycloakAdminToken() {
        return given().formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "admin").formParam("password", "admin")
                .post(keycloak() + "/realms/master/protocol/openid-connect/token").then().statusCode(200)
                .extract().path("access_token");
    }

    /** @return a client-credentials token of the confidential client {@code city-portal} */
    public String cityPortalToken() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "city-portal")
                .formParam("client_secret", "city-portal-secret")
                .post(tokenEndpoint()).then().statusCode(200).extract().path("access_token");
    }

    private Map<String, String> attachedPorts() {
        if (ATTACH == null) {
            return Map.of();
        }
        try {
            Map<String, String> ports = new java.util.HashMap<>();
            for (String line : Files.readAllLines(state.resolve("ports.env"))) {
                String[] kv = line.split("=", 2);
                if (kv.length == 2 && !line.startsWith("#")) {
                    ports.put(kv[0].strip(), kv[1].strip());
                }
            }
            return ports;
        } catch (IOException e) {
            throw new IllegalStateException("No ports.env in " + state + " to attach to", e);
        }
    }

    private int port(String name) {
        return ATTACH == null ? freePort() : Integer.parseInt(attached.getOrDefault(name, "0"));
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
