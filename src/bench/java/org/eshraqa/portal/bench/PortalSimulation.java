package org.eshraqa.portal.bench;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The portal under load through Vaadin's own protocol, against the production jar on the generated
 * data set ({@link DataGenerator}). Three kinds of people, each signing in with a generated account:
 * beneficiaries (their requests, one request, the services and the new-request form), staff (the
 * queue, its second page, a filter, a case) and the quality manager (the satisfaction dashboard).
 * Think times: 2–5 s after a page, 0.5–2 s between actions.
 *
 * <p>System properties: {@code bench.baseUrl} (http://127.0.0.1:8480), {@code bench.users} (total
 * sessions started), {@code bench.rampSeconds}, {@code bench.mode} ({@code load}: users arrive over
 * the ramp, each runs its journey {@code bench.rounds} times; {@code hold}: users arrive at once, open
 * their view and stay {@code bench.holdSeconds} without a request, for the memory measurement),
 * {@code bench.role} for hold mode ({@code beneficiary} or {@code staff}), {@code bench.beneficiaries}.
 */
public class PortalSimulation extends Simulation {

    private static final String BASE = System.getProperty("bench.baseUrl", "http://127.0.0.1:8480");
    private static final int USERS = Integer.getInteger("bench.users", 1);
    private static final int RAMP = Integer.getInteger("bench.rampSeconds", 1);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final String MODE = System.getProperty("bench.mode", "load");
    private static final int HOLD = Integer.getInteger("bench.holdSeconds", 120);
    private static final int BENEFICIARIES = Integer.getInteger("bench.beneficiaries", 50_000);

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("*/*").acceptLanguageHeader("ar,en;q=0.8")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) Chrome/140 EshraqaBench")
            .disableCaching();

    private static Iterator<Map<String, Object>> accounts(int from, int to) {
        return Stream.generate(() -> Map.<String, Object>of("email",
                email(ThreadLocalRandom.current().nextInt(from, to + 1)))).iterator();
    }

    private static String email(int n) {
        return n > BENEFICIARIES ? DataGenerator.staffEmail(n - BENEFICIARIES)
                : "beneficiary." + n + "@bench.eshraqa.org.sa";
    }

    private static ChainBuilder afterPage() {
        return exec(pause(Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    private static ChainBuilder betweenActions() {
        return exec(pause(Duration.ofMillis(500), Duration.ofMillis(2000)));
    }

    /** Their requests, one of them (its id read from the list), the catalogue, a new-request form. */
    private static final ChainBuilder BENEFICIARY_JOURNEY = exec(
            Vaadin.navigate("beneficiary: my requests", "requests", regex("my-requests-view"),
                    regex("\"value\":\"requests/(\\d+)\"").findRandom().saveAs("requestId")))
            .exec(afterPage())
            .exec(Vaadin.navigateTo("beneficiary: open request", s -> "requests/" + s.getString("requestId"),
                    regex("request-detail-view"), regex("request-state")))
            .exec(afterPage())
            .exec(Vaadin.navigate("beneficiary: services", "services", regex("requests/new/")))
            .exec(afterPage())
            .exec(Vaadin.navigate("beneficiary: new request form", "requests/new/PSY_CONSULTATION",
                    regex("vaadin-text-field")))
            .exec(afterPage());

    /** The queue, its second page, a filter by region, a case from the filtered list, back to the queue. */
    private static final ChainBuilder STAFF_JOURNEY = exec(
            Vaadin.navigate("staff: queue", "staff/requests", regex("staff-queue-view"),
                    Vaadin.nodeOf("queue-grid", "grid"), Vaadin.nodeOf("filter-region", "region")))
            .exec(afterPage())
            .exec(Vaadin.uidl("staff: queue next page", s -> "{\"type\":\"publishedEventHandler\",\"node\":"
                            + s.getInt("grid") + ",\"templateEventMethodName\":\"setViewportRange\","
                            + "\"templateEventMethodArgs\":[50,50],\"promise\":0}",
                    regex("\"staff/requests/\\d+\"").count().gt(10)))
            .exec(betweenActions())
            .exec(Vaadin.uidl("staff: filter by region", s -> "{\"type\":\"mSync\",\"node\":" + s.getInt("region")
                            + ",\"feature\":1,\"property\":\"value\",\"value\":\""
                            + (1 + ThreadLocalRandom.current().nextInt(13)) + "\"},{\"type\":\"event\",\"node\":"
                            + s.getInt("region") + ",\"event\":\"value-changed\"}",
                    regex("\"staff/requests/(\\d+)\"").findRandom().saveAs("caseId")))
            .exec(betweenActions())
            .exec(Vaadin.navigateTo("staff: open case", s -> "staff/requests/" + s.getString("caseId"),
                    regex("case-view"), regex("\"value\":\"audit\"")))
            .exec(afterPage());

    /** The dashboard, then the staff summary: navigating to the view already shown would not rebuild it. */
    private static final ChainBuilder QUALITY_JOURNEY = exec(
            Vaadin.navigate("quality: dashboard", "staff/dashboard", regex("\"value\":\"dashboard-content\""),
                    regex("\"value\":\"dashboard-from\"")))
            .exec(afterPage())
            .exec(Vaadin.navigate("quality: staff summary", "staff/summary", regex("\"changes\"")))
            .exec(afterPage());

    private static ScenarioBuilder journey(String name, int from, int to, String home, ChainBuilder journey) {
        return scenario(name).feed(accounts(from, to))
                .exec(Vaadin.signIn("email"))
                .exec(Vaadin.open(name + ": home", home))
                .exec(afterPage())
                .repeat(ROUNDS).on(journey);
    }

    private static ScenarioBuilder hold(String name, int from, int to, String route, String viewId) {
        return scenario(name).feed(accounts(from, to))
                .exec(Vaadin.signIn("email"))
                .exec(Vaadin.open(name + ": view", route, regex(viewId)))
                .exec(pause(Duration.ofSeconds(HOLD)));
    }

    {
        int staffFrom = BENEFICIARIES + 1;
        if (MODE.equals("hold")) {
            ScenarioBuilder s = System.getProperty("bench.role", "beneficiary").equals("staff")
                    ? hold("staff", staffFrom, staffFrom + 29, "staff/requests", "staff-queue-view")
                    : hold("beneficiary", 1, BENEFICIARIES, "requests", "my-requests-view");
            setUp(s.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP)))).protocols(protocol);
        } else {
            // 70 % beneficiaries, 25 % staff (officers and researchers), 5 % quality managers.
            int staff = Math.max(USERS * 25 / 100, 1);
            int quality = Math.max(USERS * 5 / 100, 1);
            int beneficiaries = Math.max(USERS - staff - quality, 1);
            PopulationBuilder b = journey("beneficiary", 1, BENEFICIARIES, "", BENEFICIARY_JOURNEY)
                    .injectOpen(rampUsers(beneficiaries).during(Duration.ofSeconds(RAMP)));
            PopulationBuilder st = journey("staff", staffFrom, staffFrom + 29, "", STAFF_JOURNEY)
                    .injectOpen(rampUsers(staff).during(Duration.ofSeconds(RAMP)));
            PopulationBuilder q = journey("quality", staffFrom + 36, staffFrom + 37, "", QUALITY_JOURNEY)
                    .injectOpen(rampUsers(quality).during(Duration.ofSeconds(RAMP)));
            setUp(b, st, q).protocols(protocol).assertions(global().failedRequests().count().is(0L));
        }
    }
}
