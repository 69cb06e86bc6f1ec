package org.eshraqa.portal.bench;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.http.HttpDsl.CookieKey;
import static io.gatling.javaapi.http.HttpDsl.getCookieValue;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The portal under load through Vaadin's own protocol, against the production jar on the generated
 * data set ({@link DataGenerator}). Three kinds of people, each signing in with a generated account:
 * beneficiaries (their requests, one request, the services and the new-request form, filled in and
 * submitted with an identity copy in their first round, then their surveys, answering one when it
 * waits), staff (the queue, its second page, filters, a case, a submitted case taken into
 * verification) and the quality manager (the satisfaction dashboard and the staff summary).
 * Think times: 2–5 s after a page, 0.5–2 s between actions.
 *
 * <p>System properties: {@code bench.baseUrl} (http://127.0.0.1:8480), {@code bench.users} (total
 * sessions started), {@code bench.rampSeconds}, {@code bench.mode} ({@code load}: users arrive over
 * the ramp, each runs its journey {@code bench.rounds} times; {@code hold}: users arrive at once, open
 * their view and stay {@code bench.holdSeconds} without a request, for the memory measurement),
 * {@code bench.role} for hold mode ({@code beneficiary} or {@code staff}), {@code bench.beneficiaries};
 * for the cluster fault drill {@code bench.rememberMe} (tick "stay signed in"), {@code bench.recover}
 * (a failed step is met with a reload, as a browser does) and {@code bench.recordFile} ({@link DrillRecord}).
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

    /**
     * Accounts from..to in a random order, each once before any comes again: two sessions of one
     * beneficiary would edit the same draft and answer the same survey (the second is refused).
     * Staff accounts are fewer than staff sessions, so colleagues share them.
     */
    private static Iterator<Map<String, Object>> accounts(int from, int to) {
        List<Integer> order = new ArrayList<>(IntStream.rangeClosed(from, to).boxed().toList());
        Collections.shuffle(order);
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("email",
                email(order.get(Math.floorMod(next.getAndIncrement(), order.size()))))).iterator();
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

    private static final String ID_UPLOAD = "documents-national-id-copy-upload";

    /** A phone photo of an identity card: about 0.2 MB of JPEG (1280 × 800), made once. */
    private static final byte[] ID_PHOTO = photo();

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
                    regex("vaadin-text-field"), Vaadin.nodeOf("fullName", "fullName"),
                    Vaadin.nodeOf("nationalId", "nationalId"), Vaadin.nodeOf("hijriDay", "hijriDay"),
                    Vaadin.nodeOf("hijriMonth", "hijriMonth"), Vaadin.nodeOf("hijriYear", "hijriYear"),
                    Vaadin.nodeOf("gender", "gender"), Vaadin.nodeOf("nationality", "nationality"),
                    Vaadin.nodeOf("maritalStatus", "maritalStatus"), Vaadin.nodeOf("region", "region"),
                    Vaadin.nodeOf("city", "city"), Vaadin.nodeOf("householdMembers", "householdMembers"),
                    Vaadin.nodeOf("incomeBand", "incomeBand"), Vaadin.nodeOf("employment", "employment"),
                    Vaadin.nodeOf("need", "need"), Vaadin.nodeOf(ID_UPLOAD, "upload"),
                    Vaadin.uploadTargetOf(ID_UPLOAD, "uploadTarget"),
                    Vaadin.nodeOf("declaration-correct", "correct"),
                    Vaadin.nodeOf("declaration-responsible", "responsible"),
                    Vaadin.nodeOf("signature", "signature"), Vaadin.nodeOf("request-submit", "submit")))
            .exec(afterPage());

    /**
     * Filling in the form on the page the last step opened, field by field as a person does (each
     * change is saved at once), the identity copy uploaded, the declaration signed, then submitted:
     * the answer must be the receipt.
     */
    private static final ChainBuilder APPLY = exec(s -> s.set("applicant", name()))
            .exec(oneByOne(
                    exec(Vaadin.type("apply: full name", "fullName", s -> s.getString("applicant"))),
                    exec(Vaadin.type("apply: national id", "nationalId", s -> nationalId(s.getString("email")))),
                    exec(Vaadin.type("apply: birth day", "hijriDay", s -> String.valueOf(1 + random(29)))),
                    // The select's items are rendered on the server, so their keys are known: month m is "m".
                    exec(Vaadin.uidl("apply: birth month", s -> Vaadin.sync(s, "hijriMonth", "value",
                            Vaadin.json(String.valueOf(1 + random(12))), "value-changed"), Vaadin.accepted("hijriMonth"))),
                    exec(Vaadin.type("apply: birth year", "hijriYear", s -> String.valueOf(1380 + random(45)))),
                    Vaadin.pick("apply: gender", "gender", s -> 1 + random(2)),
                    Vaadin.pick("apply: nationality", "nationality", s -> 1),
                    Vaadin.pick("apply: marital status", "maritalStatus", s -> 1 + random(4)),
                    Vaadin.pick("apply: region", "region", s -> 1 + random(13)),
                    exec(Vaadin.type("apply: city", "city", s -> "الخرج")),
                    exec(Vaadin.type("apply: household", "householdMembers", s -> String.valueOf(1 + random(9)))),
                    Vaadin.pick("apply: income", "incomeBand", s -> 1 + random(5)),
                    Vaadin.pick("apply: employment", "employment", s -> 1 + random(6)),
                    exec(Vaadin.type("apply: need", "need", s -> DataGenerator.NEEDS[random(DataGenerator.NEEDS.length)])),
                    Vaadin.upload("apply: identity copy", "upload", "uploadTarget", "national-id.jpg", "image/jpeg",
                            ID_PHOTO, regex("national-id\\.jpg")),
                    exec(Vaadin.uidl("apply: declaration", s -> Vaadin.sync(s, "correct", "checked", "true",
                            "checked-changed") + "," + Vaadin.sync(s, "responsible", "checked", "true", "checked-changed"))),
                    exec(Vaadin.type("apply: signature", "signature", s -> s.getString("applicant"))),
                    exec(Vaadin.click("apply: submit", "submit", regex("\"value\":\"receipt\"")))))
            .exec(s -> {
                DrillRecord.write("submitted", s.getString("email"));
                return s;
            })
            .exec(afterPage());

    /**
     * Their open surveys (a Flow view); when one is waiting, its page, which is plain HTML: one GET,
     * then the form posted once with every question answered and a comment, as a browser without
     * script sends it; the answer sends the browser to the thank-you page.
     */
    private static final ChainBuilder SURVEY = exec(s -> s.remove("survey"))
            .exec(Vaadin.navigate("survey: my surveys", "surveys", regex("my-surveys-view"),
                    regex("\"value\":\"(survey/[A-Za-z0-9_-]{20,})\"").findRandom().optional().saveAs("survey")))
            .exec(afterPage())
            .doIf(s -> s.contains("survey")).then(exec(
                    Vaadin.page("survey: open", s -> "/" + s.getString("survey"), regex("id=\"survey-send\""),
                            regex("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").saveAs("surveyCsrf"),
                            regex("name=\"(rating\\.[A-Z_]+)\" value=\"1\"").findAll().optional().saveAs("ratings")))
                    // Reading and choosing the answers takes a while.
                    .exec(pause(Duration.ofSeconds(5), Duration.ofSeconds(15)))
                    .exec(http("survey: send").post(s -> "/" + s.getString("survey")).disableFollowRedirect()
                            .formParamMap(PortalSimulation::surveyAnswers)
                            .check(status().is(302), header("Location").transform(l -> l.contains("thanks")).is(true)))
                    .exec(Vaadin.page("survey: thanks", s -> "/" + s.getString("survey") + "?thanks",
                            regex("id=\"survey-thanks\"")))
                    .exec(s -> {
                        DrillRecord.write("survey", s.getString("email"), s.getString("survey").substring(7));
                        return s;
                    })
                    .exec(afterPage()));

    /** A whole survey's answers, as the form posts them. */
    private static Map<String, Object> surveyAnswers(Session s) {
        Map<String, Object> form = new java.util.LinkedHashMap<>();
        form.put("_csrf", s.getString("surveyCsrf"));
        form.put("csat", 3 + random(3));
        if (s.contains("ratings")) {
            for (String rating : s.<String>getList("ratings")) {
                form.put(rating, 2 + random(4));
            }
        }
        form.put("ces", 1 + random(7));
        form.put("nps", random(11));
        form.put("comment", DataGenerator.COMMENTS[random(DataGenerator.COMMENTS.length)]);
        if (random(4) == 0) {
            form.put("mayContact", "yes");
        }
        return form;
    }

    /** The steps in order, with a pause of 0.5–2 s between two of them. */
    private static ChainBuilder oneByOne(ChainBuilder... steps) {
        ChainBuilder chain = steps[0];
        for (int i = 1; i < steps.length; i++) {
            chain = chain.exec(betweenActions()).exec(steps[i]);
        }
        return chain;
    }

    private static String name() {
        return DataGenerator.FIRST[random(DataGenerator.FIRST.length)] + " "
                + DataGenerator.FIRST[random(DataGenerator.FIRST.length)] + " "
                + DataGenerator.LAST[random(DataGenerator.LAST.length)];
    }

    private static int random(int bound) {
        return ThreadLocalRandom.current().nextInt(bound);
    }

    /** A valid national ID (Luhn check digit) made from the account's number. */
    static String nationalId(String email) {
        String nine = "1" + String.format("%08d", Integer.parseInt(email.replaceAll("\\D", "")) % 100_000_000);
        for (int check = 0; check <= 9; check++) {
            if (org.eshraqa.portal.shared.NationalId.isValid(nine + check)) {
                return nine + check;
            }
        }
        throw new IllegalStateException(nine);
    }

    private static byte[] photo() {
        var image = new java.awt.image.BufferedImage(1280, 800, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var random = new java.util.SplittableRandom(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int grey = 150 + (x * 60 / image.getWidth()) + random.nextInt(40);
                image.setRGB(x, y, grey << 16 | (grey - 10) << 8 | (grey - 25));
            }
        }
        try (var out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The queue, its second page, a filter by region, a case from the filtered list; back to the
     * queue, the requests waiting to be taken (state filter), one of them opened and, for a
     * relations officer, taken into verification.
     */
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
            .exec(afterPage())
            .exec(Vaadin.navigate("staff: queue", "staff/requests", regex("staff-queue-view"),
                    Vaadin.nodeOf("filter-state", "states")))
            .exec(betweenActions())
            // The state filter is a multi-select combo box: opened (its items get keys, "1" is
            // SUBMITTED), then the selection is synchronised as a list of items.
            .exec(Vaadin.uidl("staff: filter by state (open)", s -> "{\"type\":\"publishedEventHandler\",\"node\":"
                    + s.getInt("states") + ",\"templateEventMethodName\":\"setViewportRange\","
                    + "\"templateEventMethodArgs\":[0,50,\"\"],\"promise\":0}," + Vaadin.sync(s, "states", "opened",
                    "true", "opened-changed")))
            .exec(betweenActions())
            .exec(Vaadin.uidl("staff: filter by state", s -> Vaadin.sync(s, "states", "selectedItems",
                            "[{\"key\":\"1\"}]", "change") + "," + Vaadin.sync(s, "states", "opened", "false",
                            "opened-changed"),
                    regex("\"staff/requests/(\\d+)\"").findRandom().saveAs("caseId")))
            .exec(betweenActions())
            .exec(s -> s.remove("take"))
            .exec(Vaadin.navigateTo("staff: open submitted case", s -> "staff/requests/" + s.getString("caseId"),
                    regex("case-view"), Vaadin.nodeIfAny("take", "take")))
            .exec(afterPage())
            .doIf(s -> s.contains("take")).then(exec(Vaadin.click("staff: take into verification", "take",
                    bodyString().transform(PortalSimulation::takenOrRaced).is(true)))
                    .exec(afterPage()));

    /** The case was taken (its next actions are offered) or another officer took it first (the view says so). */
    private static boolean takenOrRaced(String answer) {
        return answer.contains("\"value\":\"ask\"") || answer.contains("غيّر شخص آخر هذا السجل")
                || answer.contains("Someone else has just changed this record");
    }

    /** The dashboard, then the staff summary: navigating to the view already shown would not rebuild it. */
    private static final ChainBuilder QUALITY_JOURNEY = exec(
            Vaadin.navigate("quality: dashboard", "staff/dashboard", regex("\"value\":\"dashboard-content\""),
                    regex("\"value\":\"dashboard-from\"")))
            .exec(afterPage())
            .exec(Vaadin.navigate("quality: staff summary", "staff/summary", regex("\"changes\"")))
            .exec(afterPage());

    private static ScenarioBuilder journey(String name, int from, int to, ChainBuilder journey) {
        return scenario(name).feed(accounts(from, to))
                .exec(Vaadin.signIn("email"))
                .exec(enter(name))
                .exec(node())
                .exec(afterPage())
                .repeat(ROUNDS, "round").on(RECOVER ? exitBlockOnFail().on(journey).exec(recover(name)) : journey);
    }

    /** The first page of the app (Flow) each person opens from the home page; no journey starts there. */
    private static final String FIRST_APP_PAGE = "notifications";
    private static final String FIRST_APP_VIEW = "notifications-view";

    /**
     * After signing in: the home page (plain HTML, where the sign-in sends the browser), then the
     * first page of the app, which starts the Flow client (its UI is what the journey's steps talk to).
     */
    private static ChainBuilder enter(String name) {
        return exec(Vaadin.page(name + ": home", s -> "/", regex("id=\"home-greeting\"")))
                .exec(afterPage())
                .exec(Vaadin.open(name + ": first app page", FIRST_APP_PAGE, regex(FIRST_APP_VIEW)));
    }

    /** {@code bench.recover}: a failed step is met as a browser meets it (the cluster fault drill). */
    private static final boolean RECOVER = Boolean.getBoolean("bench.recover");

    /** The portal node that holds this person's pages (HAProxy's {@code SRV} cookie). */
    private static io.gatling.javaapi.core.ActionBuilder node() {
        return getCookieValue(CookieKey("SRV").saveAs("node"));
    }

    /**
     * After a failed step: what the browser does when its node is gone (Vaadin's client reloads the
     * page). With the remember-me cookie the reload lands on the home page signed in; without it the
     * person signs in again. Both are recorded ({@link DrillRecord}) and the journey goes on.
     */
    private static ChainBuilder recover(String name) {
        return doIf(Session::isFailed).then(exec(s -> {
                    DrillRecord.write("lost", s.getString("email"), s.contains("node") ? s.getString("node") : "?");
                    return s.markAsSucceeded().set("lostAt", System.currentTimeMillis());
                })
                .exec(exitBlockOnFail().on(exec(Vaadin.open(name + ": reload after a lost node", FIRST_APP_PAGE,
                                regex(FIRST_APP_VIEW)))
                        .exec(s -> {
                            DrillRecord.write("recovered", s.getString("email"),
                                    String.valueOf(System.currentTimeMillis() - s.getLong("lostAt")));
                            return s.set("recovered", true);
                        })))
                .doIf(s -> s.isFailed() || !s.contains("recovered")).then(exec(s -> {
                            DrillRecord.write("signin", s.getString("email"));
                            return s.markAsSucceeded();
                        })
                        .exec(Vaadin.signIn("email"))
                        .exec(enter(name + " after signing in again")))
                .exec(s -> s.remove("recovered"))
                .exec(node()));
    }

    /**
     * A beneficiary's round: the pages above; the form filled in and submitted in the first round
     * (or the next one, when a lost node interrupted it); the surveys.
     */
    private static final ChainBuilder BENEFICIARY_ROUND = exec(BENEFICIARY_JOURNEY)
            .doIf(s -> !s.contains("submitted")).then(exec(s -> {
                        DrillRecord.write("filling", s.getString("email"), s.contains("node") ? s.getString("node") : "?");
                        return s;
                    })
                    .exec(APPLY)
                    .exec(s -> s.set("submitted", true)))
            .exec(SURVEY);

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
            PopulationBuilder b = journey("beneficiary", 1, BENEFICIARIES, BENEFICIARY_ROUND)
                    .injectOpen(rampUsers(beneficiaries).during(Duration.ofSeconds(RAMP)));
            PopulationBuilder st = journey("staff", staffFrom, staffFrom + 29, STAFF_JOURNEY)
                    .injectOpen(rampUsers(staff).during(Duration.ofSeconds(RAMP)));
            PopulationBuilder q = journey("quality", staffFrom + 36, staffFrom + 37, QUALITY_JOURNEY)
                    .injectOpen(rampUsers(quality).during(Duration.ofSeconds(RAMP)));
            setUp(b, st, q).protocols(protocol).assertions(global().failedRequests().count().is(0L));
        }
    }
}
