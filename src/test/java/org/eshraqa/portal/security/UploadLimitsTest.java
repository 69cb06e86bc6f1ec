package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.core.ConditionTimeoutException;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Uploads far larger than the 10 MB limit, sent as Vaadin's upload sends a file (the raw body of a
 * POST to the upload's target, read from the UI state the page received) over a real connection with
 * the session cookie: stated (Content-Length) and unstated (chunked) length, 200 MB and just over
 * 10 MB. The server must answer 413, store nothing and allocate no more than the limit while doing so.
 * <p>
 * Memory is measured as the bytes allocated meanwhile by the threads that serve HTTP requests
 * (Tomcat's {@code http-nio-*} threads, {@code com.sun.management.ThreadMXBean#getThreadAllocatedBytes}):
 * unlike used heap it does not depend on when the collector runs, and a handler that buffers the body
 * cannot hide it, as the whole body is allocated at least once. Other threads (schedulers, the
 * database pool, this test's sender, which writes one reused buffer to a plain socket) do not blur it.
 */
class UploadLimitsTest extends PortalTestBase {

    private static final long LIMIT = 10L * 1024 * 1024;
    private static final long HUGE = 200L * 1024 * 1024;
    /** What the server may allocate for a refused body: the limit, and 4 MB for serving the request. */
    private static final long ALLOWED_ALLOCATION = LIMIT + 4L * 1024 * 1024;

    private static final byte[] PDF_START = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);

    private static final String BROWSER = "v-sh=1080&v-sw=1920&v-wh=960&v-ww=1600&v-bh=960&v-bw=1600&v-tzo=-180"
            + "&v-dstd=0&v-rtzo=-180&v-dston=false&v-tzid=Asia%2FRiyadh&v-curdate=1764576000000&v-td=false"
            + "&v-pr=1&v-wn=ROOT-1&v-np=Linux";

    @Autowired
    JdbcTemplate jdbc;

    /** A browser session: the cookie jar, and the UI's ids once a route is open. */
    private static final class Session {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies).build();

        HttpResponse<String> get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        void signIn(String email) throws Exception {
            Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(get("/login").body());
            String form = "username=" + enc(email) + "&password=" + enc(DEMO_PASSWORD)
                    + (csrf.find() ? "&_csrf=" + enc(csrf.group(1)) : "");
            HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        /** Opens a route as a fresh tab does and returns the upload target of the element with this id. */
        String uploadTarget(String route, String uploadId) throws Exception {
            get("/" + route);
            String init = get("/?v-r=init&location=" + route + "&query=&" + BROWSER).body();
            String uiId = find(init, "\"v-uiId\":(\\d+)");
            String csrf = find(init, "\"Vaadin-Security-Key\":\"([^\"]+)\"");
            String syncId = find(init, "\"syncId\":(\\d+)");
            String clientId = find(init, "\"clientId\":(\\d+)");
            String navigate = "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":1},\"trigger\":\"\"}}],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            String answer = client.send(HttpRequest.newBuilder(URI.create(infra().portalUrl() + "/?v-r=uidl&v-uiId=" + uiId))
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            return find(answer, "\"value\":\"" + uploadId + "\"\\},\\{\"node\":\\d+,\"type\":\"put\",\"key\":\"target\","
                    + "\"feat\":3,\"value\":\\{\"uri\":\"([^\"]+)\"");
        }

        /** The id of a UI just opened on this route (for UIDL messages). */
        String uiId(String route) throws Exception {
            get("/" + route);
            return find(get("/?v-r=init&location=" + route + "&query=&" + BROWSER).body(), "\"v-uiId\":(\\d+)");
        }

        String cookieHeader() {
            return cookies.getCookieStore().getCookies().stream().map(HttpCookie::toString)
                    .collect(Collectors.joining("; "));
        }
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in %s", regex, text.substring(0, Math.min(300, text.length()))).isTrue();
        return m.group(1);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What the server answered and how many bytes the other threads allocated meanwhile. */
    private record Answer(int status, long allocated) {
    }

    /**
     * Posts {@code length} bytes ({@code start}, then zeros) generated as they are sent, with a
     * Content-Length or chunked, and stops sending when the server has answered or closed.
     */
    private static Answer post(Session session, String target, byte[] start, long length, boolean chunked)
            throws Exception {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (Socket socket = new Socket("localhost", URI.create(infra().portalUrl()).getPort())) {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            Thread reader = new Thread(() -> {
                try (InputStream in = socket.getInputStream()) {
                    in.transferTo(response);
                } catch (IOException closed) {
                    // the answer so far is kept
                }
            });
            Map<Long, Long> before = allocated(threads);
            reader.start();
            OutputStream out = socket.getOutputStream();
            out.write(("POST /" + target + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + session.cookieHeader()
                    + "\r\nConnection: close\r\nContent-Type: application/pdf\r\nX-Filename: big.pdf\r\n"
                    + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + length + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[64 * 1024];
            byte[] crlf = {'\r', '\n'};
            try {
                for (long sent = 0; sent < length && reader.isAlive(); ) {
                    int n = (int) Math.min(buffer.length, length - sent);
                    java.util.Arrays.fill(buffer, (byte) 0);
                    if (sent < start.length) {
                        System.arraycopy(start, (int) sent, buffer, 0, (int) Math.min(n, start.length - sent));
                    }
                    if (chunked) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    out.write(buffer, 0, n);
                    if (chunked) {
                        out.write(crlf);
                    }
                    sent += n;
                }
                if (chunked) {
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.flush();
            } catch (IOException refusedMidway) {
                // the server stopped reading and closed the connection: expected for a refused body
            }
            reader.join(60_000);
            socket.close();
            reader.join(5_000);
            Map<Long, Long> after = allocated(threads);
            long grown = after.entrySet().stream()
                    .mapToLong(e -> e.getValue() - before.getOrDefault(e.getKey(), 0L)).sum();
            String text = response.toString(StandardCharsets.ISO_8859_1);
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(text);
            return new Answer(status.find() ? Integer.parseInt(status.group(1)) : -1, grown);
        }
    }

    /** Bytes allocated so far by each thread serving HTTP requests, by thread id. */
    private static Map<Long, Long> allocated(com.sun.management.ThreadMXBean threads) {
        Map<Long, Long> bytes = new HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("http-nio-")) {
                long allocated = threads.getThreadAllocatedBytes(info.getThreadId());
                if (allocated >= 0) {
                    bytes.put(info.getThreadId(), allocated);
                }
            }
        }
        return bytes;
    }

    private void refusesEveryOversizedVariant(Session session, String target, String storedSql, long owner)
            throws Exception {
        // Once, unmeasured: the first upload a fresh server handles loads and initialises classes on
        // its thread (a few MB, once per JVM, not per request).
        assertThat(post(session, target, PDF_START, LIMIT + 1, true).status()).isEqualTo(413);
        for (long length : new long[] {HUGE, LIMIT + 1}) {
            for (boolean chunked : new boolean[] {false, true}) {
                Answer answer = post(session, target, PDF_START, length, chunked);
                String variant = length + " bytes, " + (chunked ? "chunked" : "with Content-Length");
                assertThat(answer.status()).as("answer to %s", variant).isEqualTo(413);
                assertThat(answer.allocated()).as("bytes allocated by the server for %s", variant)
                        .isLessThan(ALLOWED_ALLOCATION);
                assertThat(jdbc.queryForObject(storedSql, Long.class, owner)).as("stored after %s", variant)
                        .isZero();
            }
        }
    }

    private long storedEventually(String sql, long owner) throws InterruptedException {
        try {
            return Eventually.waiting().atMost(Duration.ofSeconds(10))
                    .until(() -> jdbc.queryForObject(sql, Long.class, owner), count -> count > 0);
        } catch (ConditionTimeoutException none) {
            return 0;
        }
    }

    private static final String REQUEST_DOCUMENTS = "select count(*) from support_request_document d "
            + "join support_request r on r.id = d.request_id where r.beneficiary_account_id = ?";
    private static final String VOLUNTEER_DOCUMENTS = "select count(*) from volunteer_document d "
            + "join volunteer_application a on a.id = d.application_id where a.account_id = ?";

    @Test
    void aRequestDocumentFarOverTheLimitIsRefusedWithoutBeingHeldInMemory() throws Exception {
        String email = newAccount("ريم سالم العتيبي", Role.BENEFICIARY);
        Session session = new Session();
        session.signIn(email);
        String target = session.uploadTarget("requests/new/PSY_CONSULTATION", "documents-national-id-copy-upload");

        refusesEveryOversizedVariant(session, target, REQUEST_DOCUMENTS, accountId(email));

        byte[] pdf = Samples.pdf();
        assertThat(post(session, target, pdf, pdf.length, false).status()).as("a file within the limit").isEqualTo(200);
        assertThat(storedEventually(REQUEST_DOCUMENTS, accountId(email))).as("and it is stored").isEqualTo(1);
    }

    @Test
    void aVolunteerDocumentFarOverTheLimitIsRefusedWithoutBeingHeldInMemory() throws Exception {
        String email = newAccount("هند فهد القحطاني", Role.BENEFICIARY);
        Session session = new Session();
        session.signIn(email);
        String target = session.uploadTarget("volunteer/apply", "documents-cv-upload");

        refusesEveryOversizedVariant(session, target, VOLUNTEER_DOCUMENTS, accountId(email));

        byte[] pdf = Samples.pdf();
        assertThat(post(session, target, pdf, pdf.length, true).status()).as("a file within the limit, chunked")
                .isEqualTo(200);
        assertThat(storedEventually(VOLUNTEER_DOCUMENTS, accountId(email))).as("and it is stored").isEqualTo(1);
    }

    @Test
    void anyOtherRequestBodyOverOneMegabyteIsRefusedUnread() throws Exception {
        Session session = new Session();
        session.signIn(newAccount("دانة علي الغامدي", Role.BENEFICIARY));
        String uidl = "?v-r=uidl&v-uiId=" + session.uiId("requests");
        Answer declared = post(session, uidl, PDF_START, HUGE, false);
        assertThat(declared.status()).as("a UIDL message of 200 MB with Content-Length").isEqualTo(413);
        assertThat(declared.allocated()).isLessThan(4L * 1024 * 1024);
        // Chunked, the body fails to read at 1 MB (Vaadin then answers with its own error) and the
        // container closes the connection instead of reading the rest.
        Answer chunked = post(session, uidl, PDF_START, HUGE, true);
        assertThat(chunked.allocated()).as("a chunked UIDL message of 200 MB is read no further than 1 MB")
                .isLessThan(8L * 1024 * 1024);
        Session anonymous = new Session();
        anonymous.get("/login");
        assertThat(post(anonymous, "login", PDF_START, HUGE, false).status()).as("the login form").isEqualTo(413);
    }
}
