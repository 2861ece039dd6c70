package vn.cchc.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * A throwaway PostgreSQL database for a {@code @QuarkusTest} run. By default it starts an embedded
 * PostgreSQL 17 server (temporary data directory, free port; works as root because the library runs
 * it in a user namespace). When {@code CCHC_DB_URL} is set (a JDBC URL of a server's maintenance
 * database, with {@code CCHC_DB_USER} / {@code CCHC_DB_PASSWORD}), it creates a fresh database there
 * instead and drops it at the end. It never reuses a server left running by an earlier session.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres embedded;
    private String adminUrl;
    private String user;
    private String password;
    private String database;

    @Override
    public Map<String, String> start() {
        try {
            String given = System.getenv("CCHC_DB_URL");
            if (given != null && !given.isBlank()) {
                adminUrl = given;
                user = System.getenv().getOrDefault("CCHC_DB_USER", "postgres");
                password = System.getenv().getOrDefault("CCHC_DB_PASSWORD", "postgres");
            } else {
                embedded = EmbeddedPostgres.builder().start();
                adminUrl = embedded.getJdbcUrl("postgres", "postgres");
                user = "postgres";
                password = "postgres";
            }
            database = "cchc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + database + " ENCODING 'UTF8'");
            String base = adminUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/");
            return Map.of(
                    "quarkus.datasource.jdbc.url", base + database,
                    "quarkus.datasource.username", user,
                    "quarkus.datasource.password", password);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start a throwaway PostgreSQL for tests", e);
        }
    }

    @Override
    public void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            } else if (database != null) {
                execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        } catch (Exception e) {
            // a leftover test database is harmless; the run's result must not depend on it
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
