package vn.cchc.plan.task;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.common.testing.PostgresTestResource;
import vn.cchc.plan.exchange.DemoData;

/**
 * Reading the task list page by page gives the whole list, each task once, for every sort key, across
 * plans: tasks of different plans share positions and due dates, so the order needs a unique tiebreak.
 */
@QuarkusTest
@QuarkusTestResource(PostgresTestResource.class)
class TaskPagingTest {

    @Inject
    DemoData demo;

    @BeforeEach
    void load() throws IOException {
        demo.load();
    }

    @Test
    @TestSecurity(user = "hanoi.supervisor", roles = "supervisor")
    @OidcSecurity(claims = @Claim(key = "unit", value = "HN"))
    void pagesInOrderAreTheWholeListAcrossPlans() {
        for (String sort : List.of("dueDate", "-dueDate", "progress", "-progress", "updatedAt", "-updatedAt")) {
            List<Integer> all = given().queryParam("year", 2026).queryParam("sort", sort).queryParam("size", 500).get("/api/v1/tasks")
                    .then().statusCode(200).extract().jsonPath().getList("items.id");
            assertTrue(all.size() > 50, "tasks of several plans: " + all.size());
            List<Integer> paged = new ArrayList<>();
            for (int page = 0; paged.size() < all.size() && page < all.size(); page++) {
                paged.addAll(given().queryParam("year", 2026).queryParam("sort", sort).queryParam("size", 7).queryParam("page", page)
                        .get("/api/v1/tasks").then().statusCode(200).extract().jsonPath().<Integer>getList("items.id"));
            }
            assertEquals(all, paged, "sort=" + sort + ": the pages read in order are the list");
        }
    }
}
