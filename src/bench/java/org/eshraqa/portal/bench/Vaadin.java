package org.eshraqa.portal.bench;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Vaadin Flow's client protocol, as the browser speaks it: the page, the bootstrap ({@code v-r=init},
 * which hands out the UI id, the {@code Vaadin-Security-Key} CSRF token and the first sync and client
 * ids), then UIDL requests that carry the token, the last {@code syncId} and the next {@code clientId}.
 * Every UIDL answer is checked: no communication error, no session expiry, no resynchronisation, and
 * the ids are taken from it for the next request. Node ids of components are read from the answers.
 */
final class Vaadin {

    static final String BROWSER = "v-sh=1080&v-sw=1920&v-wh=960&v-ww=1600&v-bh=960&v-bw=1600&v-tzo=-180"
            + "&v-dstd=0&v-rtzo=-180&v-dston=false&v-tzid=Asia%2FRiyadh&v-curdate=1764576000000&v-td=false"
            + "&v-pr=1&v-wn=ROOT-1&v-np=Linux";

    private Vaadin() {
    }

    /** Loads a route as a fresh tab does: the page, the bootstrap, the navigation to the route. */
    static ChainBuilder open(String name, String route, CheckBuilder... viewChecks) {
        return exec(http(name + " page").get("/" + route).check(status().is(200),
                        regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").optional().saveAs("springCsrf")))
                .exec(http(name + " init").get("/?v-r=init&location=" + route + "&query=&" + BROWSER)
                        .check(status().is(200),
                                jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"),
                                jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"),
                                jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId")))
                .exec(navigate(name, route, viewChecks));
    }

    /** A router-link click: the client's {@code ui-navigate} event to the route. */
    static HttpRequestActionBuilder navigate(String name, String route, CheckBuilder... viewChecks) {
        return navigateTo(name, session -> route, viewChecks);
    }

    /** Navigation to a route computed from the session (e.g. a request id read from an earlier answer). */
    static HttpRequestActionBuilder navigateTo(String name, Function<Session, String> route,
                                               CheckBuilder... viewChecks) {
        return uidl(name, session -> "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\""
                + route.apply(session) + "\",\"query\":\"\",\"appShellTitle\":\"\","
                + "\"historyState\":{\"idx\":1},\"trigger\":\"\"}}", viewChecks);
    }

    /** One UIDL request holding the given RPC invocations (JSON objects). */
    static HttpRequestActionBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.<CheckBuilder>of(status().is(200),
                bodyString().transform(Vaadin::problem).is(""),
                regex("\"syncId\":(\\d+)").transform(Integer::valueOf).saveAs("syncId"),
                regex("\"clientId\":(\\d+)").transform(Integer::valueOf).saveAs("clientId")));
        all.addAll(Arrays.asList(checks));
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":["
                        + rpc.apply(session) + "],\"syncId\":" + session.getInt("syncId") + ",\"clientId\":"
                        + session.getInt("clientId") + "}"))
                .check(all);
    }

    /** What would make the browser show an error or reload: empty when the answer is sound. */
    static String problem(String body) {
        if (!body.contains("\"changes\"") && !body.contains("\"syncId\"")) {
            return "not a UIDL answer: " + body.substring(0, Math.min(120, body.length()));
        }
        // The portal's error view (an exception in a view) has the DOM id "error".
        for (String bad : List.of("\"appError\"", "\"sessionExpired\"", "\"repaintAll\"",
                "\"key\":\"id\",\"feat\":3,\"value\":\"error\"")) {
            if (body.contains(bad)) {
                return "answer holds " + bad;
            }
        }
        return "";
    }

    /** The node id of the element with this DOM id, from the answer that created it. */
    static CheckBuilder nodeOf(String domId, String key) {
        return regex(idOf(domId)).transform(Integer::valueOf).saveAs(key);
    }

    /** The answer's line that gives an element its DOM id (a regex), the node id captured. */
    private static String idOf(String domIdPattern) {
        return "\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"" + domIdPattern + "\"";
    }

    /** As {@link #nodeOf}, when the element may be missing (the attribute is then not set; it is text). */
    static CheckBuilder nodeIfAny(String domId, String key) {
        return regex(idOf(domId)).optional().saveAs(key);
    }

    /** The node ids of every element whose DOM id matches {@code domIdPattern} (a regex), in order. */
    static CheckBuilder nodesOf(String domIdPattern, String key) {
        return regex(idOf(domIdPattern)).findAll().saveAs(key);
    }

    /** The field with this node took the value: the answer gives it no error message. */
    static CheckBuilder accepted(String nodeKey) {
        return regex("\"node\":#{" + nodeKey + "},\"type\":\"put\",\"key\":\"errorMessage\",\"feat\":1,\"value\":\"[^\"]")
                .notExists();
    }

    /** A property synchronised from the client and the event that tells the server (JSON value). */
    static String sync(Session session, String nodeKey, String property, String jsonValue, String event) {
        return sync(session.getInt(nodeKey), property, jsonValue, event);
    }

    static String sync(int node, String property, String jsonValue, String event) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property
                + "\",\"value\":" + jsonValue + "},{\"type\":\"event\",\"node\":" + node + ",\"event\":\""
                + event + "\",\"data\":{}}";
    }

    /**
     * Typing into a text, number or date field and leaving it: its value and the change event; the
     * field must take the value ({@link #accepted}).
     */
    static HttpRequestActionBuilder type(String name, String nodeKey, Function<Session, String> text,
                                         CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.of(accepted(nodeKey)));
        all.addAll(Arrays.asList(checks));
        return uidl(name, s -> sync(s, nodeKey, "value", json(text.apply(s)), "change"),
                all.toArray(CheckBuilder[]::new));
    }

    /** A click on the element with this node (a button). */
    static HttpRequestActionBuilder click(String name, String nodeKey, CheckBuilder... checks) {
        return uidl(name, s -> "{\"type\":\"event\",\"node\":" + s.get(nodeKey) + ",\"event\":\"click\","
                + "\"data\":{\"event.button\":0,\"event.detail\":1}}", checks);
    }

    /**
     * Picking from a combo box as its connector does: opening it asks for the first 50 items (which
     * gives them their keys, "1" for the first), the client confirms the update, then the chosen key
     * is the new value. {@code itemKey} is the 1-based position of the item in the unfiltered list.
     */
    static ChainBuilder pick(String name, String nodeKey, Function<Session, Integer> itemKey) {
        return exec(uidl(name + " (open)", s -> "{\"type\":\"publishedEventHandler\",\"node\":" + s.getInt(nodeKey)
                        + ",\"templateEventMethodName\":\"setViewportRange\",\"templateEventMethodArgs\":[0,50,\"\"],"
                        + "\"promise\":0}," + sync(s, nodeKey, "opened", "true", "opened-changed"),
                regex("\\{\"@v-node\":\\d+\\},(\\d+),\"\",\"return \\$0\\.\\$connector\\.confirm").saveAs("update")))
                .exec(pause(java.time.Duration.ofMillis(500), java.time.Duration.ofMillis(2000)))
                .exec(uidl(name, s -> "{\"type\":\"publishedEventHandler\",\"node\":" + s.getInt(nodeKey)
                                + ",\"templateEventMethodName\":\"confirmUpdate\",\"templateEventMethodArgs\":["
                                + s.getString("update") + "],\"promise\":1},"
                                + sync(s, nodeKey, "value", json(String.valueOf(itemKey.apply(s))), "value-changed") + ","
                                + sync(s, nodeKey, "opened", "false", "opened-changed"),
                        accepted(nodeKey)));
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * Uploading a file as vaadin-upload does: the upload-start event, the file's bytes posted raw
     * to the upload's target (read from the answer that created it, with the name in
     * {@code X-Filename}), then upload-success, whose answer carries what the server did with it.
     */
    static ChainBuilder upload(String name, String nodeKey, String targetKey, String fileName, String mediaType,
                               byte[] content, CheckBuilder... checks) {
        return exec(uidl(name + " (start)", s -> "{\"type\":\"event\",\"node\":" + s.getInt(nodeKey)
                        + ",\"event\":\"upload-start\"}"))
                .exec(http(name).post(s -> "/" + s.getString(targetKey))
                        .header("Content-Type", mediaType).header("X-Filename", fileName)
                        .body(io.gatling.javaapi.core.CoreDsl.ByteArrayBody(content)).check(status().is(200)))
                .exec(uidl(name + " (done)", s -> "{\"type\":\"event\",\"node\":" + s.getInt(nodeKey)
                        + ",\"event\":\"upload-success\",\"data\":{\"element.files.some(file => file.uploading)\":false}}",
                        checks));
    }

    /** The upload target of the element with this DOM id, from the answer that created it. */
    static CheckBuilder uploadTargetOf(String domId, String key) {
        return regex("\"value\":\"" + domId + "\"\\},\\{\"node\":\\d+,\"type\":\"put\",\"key\":\"target\",\"feat\":3,"
                + "\"value\":\\{\"uri\":\"([^\"]+)\"").saveAs(key);
    }

    /** Whether people tick "stay signed in on this device" (system property {@code bench.rememberMe}). */
    static final boolean REMEMBER_ME = Boolean.getBoolean("bench.rememberMe");

    /**
     * Signs in through the sign-in page (plain HTML; Spring Security's form login, with the CSRF
     * token the page also gives as a meta tag). The answer sends the browser to the home page.
     */
    static ChainBuilder signIn(String emailKey) {
        return exec(http("login page").get("/login").check(status().is(200),
                        regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("springCsrf")))
                .exec(http("sign in").post("/login").disableFollowRedirect()
                        .formParam("username", "#{" + emailKey + "}")
                        .formParam("password", DataGenerator.PASSWORD)
                        .formParam("_csrf", "#{springCsrf}")
                        .formParam("remember-me", REMEMBER_ME ? "on" : "")
                        .check(status().is(302), header("Location").transform(l -> l.contains("error")).is(false)));
    }

    /** A server-rendered page (home, survey…): one GET, no Flow client. */
    static HttpRequestActionBuilder page(String name, Function<Session, String> path, CheckBuilder... checks) {
        List<CheckBuilder> all = new ArrayList<>(List.<CheckBuilder>of(status().is(200)));
        all.addAll(List.of(checks));
        return http(name).get(path).check(all.toArray(CheckBuilder[]::new));
    }
}
