package vn.cchc.plan.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.plan.exchange.DemoData;

/**
 * The task list of one plan (benchmark scenario 3, BENCHMARKS.md) costs a fixed, small number of SQL
 * statements: the page with its plans, units and groups joined in, then one batch each for assignments,
 * their parties and outputs; the caller's unit path comes from a cache and the count is skipped when the
 * first page is not full. Hibernate statistics ({@code %test.quarkus.hibernate-orm.statistics=true})
 * count the prepared statements.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TaskListStatementsTest {

    /** The page, assignments, parties, outputs. */
    static final long MAX_STATEMENTS = 4;

    @Inject
    DemoData demo;
    @Inject
    SessionFactory sessions;

    Map<String, Long> planIds;

    @BeforeEach
    void loadDemoData() throws IOException {
        planIds = demo.load();
    }

    private ValidatableResponse procedures(Map<String, Object> paging) {
        return given().queryParam("plan", planIds.get("HN-BADINH")).queryParam("area", "PROCEDURES")
                .queryParam("sort", "dueDate").queryParams(paging)
                .get("/api/v1/tasks").then().statusCode(200);
    }

    private long statements(Runnable request) {
        Statistics stats = sessions.getStatistics();
        assertTrue(stats.isStatisticsEnabled(), "statistics are on in the test profile");
        stats.clear();
        request.run();
        return stats.getPrepareStatementCount();
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void oneWardPlansTaskListIsAFewStatements() {
        procedures(Map.of()); // the caller's unit path is cached from here on
        long n = statements(() -> procedures(Map.of()).body("total", equalTo(6)).body("items", hasSize(6))
                .body("items.area", everyItem(equalTo("PROCEDURES")))
                .body("items[0].assignments[0].lead[0].unitCode", equalTo("HN-BADINH-VP")));
        assertTrue(n <= MAX_STATEMENTS, n + " statements for one page of 6 tasks, at most " + MAX_STATEMENTS + " expected");
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void theListsQueryPlanIsKeptBetweenRequests() {
        // an entity graph on the query (as the list had) keeps Hibernate from caching its plan: it was
        // translated to SQL anew on every request
        var plans = sessions.unwrap(org.hibernate.engine.spi.SessionFactoryImplementor.class).getQueryEngine().getInterpretationCache();
        Runnable list = () -> given().queryParam("plan", planIds.get("HN-BADINH")).queryParam("area", "PROCEDURES")
                .queryParam("sort", "-updatedAt").get("/api/v1/tasks").then().statusCode(200).body("total", equalTo(6));
        int before = plans.getNumberOfCachedQueryPlans();
        list.run();
        int kept = plans.getNumberOfCachedQueryPlans();
        assertTrue(kept > before, "the task list's query plan was not kept: " + before + " plans before, " + kept + " after");
        list.run();
        assertEquals(kept, plans.getNumberOfCachedQueryPlans(), "the same list was planned again");
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdministratorsTaskListIsAFewStatements() {
        long n = statements(() -> procedures(Map.of()).body("total", equalTo(6)));
        assertTrue(n <= MAX_STATEMENTS, n + " statements for one page of 6 tasks, at most " + MAX_STATEMENTS + " expected");
    }

    @Test
    @TestSecurity(user = "badinh.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN-BADINH"))
    void aFullOrLaterPageStillCountsEverything() {
        procedures(Map.of("size", 6)).body("total", equalTo(6)).body("items", hasSize(6));
        procedures(Map.of("size", 4)).body("total", equalTo(6)).body("items", hasSize(4));
        procedures(Map.of("size", 4, "page", 1)).body("total", equalTo(6)).body("items", hasSize(2));
        procedures(Map.of("size", 4, "page", 5)).body("total", equalTo(6)).body("items", empty());
    }

    @Test
    @TestSecurity(user = "haiduong.officer", roles = "officer")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HP-HAIDUONG"))
    void anotherWardsOfficerStillSeesNothing() {
        procedures(Map.of()).body("total", equalTo(0)).body("items", empty());
        procedures(Map.of()).body("total", equalTo(0)).body("items", empty());
    }
}
