package org.eshraqa.portal.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The WhatsApp webhook's door on its own, with the guard set tight: a flood from one address is
 * answered 429 before its body is read, calls beyond those worked on together get 503 at once and
 * never reach the database, and a correctly signed call dated long ago (captured and replayed
 * later) or ahead of the clock changes nothing.
 */
class WebhookDoorTest {

    private static final String SECRET = "door-test-app-secret";
    private static final String PHONE_NUMBER_ID = "1065403522";
    private static final Instant NOW = Instant.parse("2026-03-15T09:00:00Z");

    private final WebhookReceipts receipts = mock(WebhookReceipts.class);
    private final DeliveryReports reports = mock(DeliveryReports.class);
    private final InboundMessages inbound = mock(InboundMessages.class);

    private MessagingWebhooks webhooks(WebhookGuard guard) {
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        when(transactions.getTransaction(any())).thenReturn(new SimpleTransactionStatus());
        return new MessagingWebhooks(guard, receipts, reports, inbound, transactions, JsonMapper.builder().build(),
                Clock.fixed(NOW, ZoneOffset.UTC), SECRET, "verify-token", PHONE_NUMBER_ID, "unifonic-secret",
                "Asia/Riyadh");
    }

    private static String textMessage(String wamid, Instant at) {
        return """
                {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages",
                 "value": {"messaging_product": "whatsapp", "metadata": {"phone_number_id": "%s"},
                  "messages": [{"from": "966512345678", "id": "%s", "timestamp": "%d", "type": "text",
                                "text": {"body": "مرحبا"}}]}}]}]}""".formatted(PHONE_NUMBER_ID, wamid, at.getEpochSecond());
    }

    /** A call from this address; its body's stream records whether anyone read it. */
    private static Call call(String address, String body, boolean signed) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        AtomicBoolean read = new AtomicBoolean();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/webhooks/whatsapp") {
            @Override
            public ServletInputStream getInputStream() {
                read.set(true);
                return super.getInputStream();
            }
        };
        request.setRemoteAddr(address);
        request.setContentType("application/json");
        request.setContent(bytes);
        if (signed) {
            request.addHeader(MessagingWebhooks.SIGNATURE,
                    "sha256=" + HexFormat.of().formatHex(MessagingWebhooks.hmac(SECRET, bytes)));
        }
        return new Call(request, read);
    }

    private record Call(MockHttpServletRequest request, AtomicBoolean read) {
    }

    @Test
    void aFloodFromOneAddressIsRefusedBeforeItsBodyIsReadWhileMetaStillGetsIn() throws IOException {
        MessagingWebhooks webhooks = webhooks(new WebhookGuard(3, 1000, Duration.ofMinutes(1), 4));
        for (int i = 0; i < 3; i++) {
            assertThat(webhooks.whatsApp(call("203.0.113.9", "{}", false).request()).getStatusCode().value())
                    .isEqualTo(401);
        }
        Call flood = call("203.0.113.9", textMessage("wamid.flood", NOW), true);
        ResponseEntity<String> refused = webhooks.whatsApp(flood.request());
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("60");
        assertThat(flood.read()).isFalse();
        verifyNoInteractions(receipts, inbound, reports);

        when(receipts.first(anyString(), anyString())).thenReturn(true);
        // Meta's own address is not held up by someone else's flood.
        assertThat(webhooks.whatsApp(call("173.252.88.1", textMessage("wamid.meta", NOW), true).request()).getBody())
                .contains("\"handled\":1");
        verify(inbound, times(1)).handle(any());
    }

    @Test
    void beyondTheCallsWorkedOnTogetherTheRestGetBusyAtOnceAndNeverReachTheDatabase() throws Exception {
        MessagingWebhooks webhooks = webhooks(new WebhookGuard(1000, 1000, Duration.ofMinutes(1), 1));
        when(receipts.first(anyString(), anyString())).thenReturn(true);
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        doAnswer(invocation -> {
            inside.countDown();
            assertThat(release.await(10, TimeUnit.SECONDS)).isTrue();
            return null;
        }).when(inbound).handle(any());

        CompletableFuture<ResponseEntity<String>> slow = CompletableFuture.supplyAsync(
                () -> webhooks.whatsApp(call("173.252.88.1", textMessage("wamid.slow", NOW), true).request()));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        Call next = call("173.252.88.2", textMessage("wamid.next", NOW), true);
        ResponseEntity<String> busy = webhooks.whatsApp(next.request());
        assertThat(busy.getStatusCode().value()).isEqualTo(503);
        assertThat(busy.getHeaders().getFirst("Retry-After")).isEqualTo("5");
        assertThat(next.read()).isFalse();
        verify(receipts, times(1)).first(anyString(), anyString());

        release.countDown();
        assertThat(slow.get(10, TimeUnit.SECONDS).getBody()).contains("\"handled\":1");
        // The slot is free again: Meta's retry of the refused call is taken.
        assertThat(webhooks.whatsApp(call("173.252.88.2", textMessage("wamid.next", NOW), true).request())
                .getBody()).contains("\"handled\":1");
    }

    @Test
    void aSignedCallDatedLongAgoOrAheadOfTheClockChangesNothing() {
        MessagingWebhooks webhooks = webhooks(new WebhookGuard(1000, 1000, Duration.ofMinutes(1), 4));
        when(receipts.first(anyString(), anyString())).thenReturn(true);

        ResponseEntity<String> old = webhooks.whatsApp(call("173.252.88.1",
                textMessage("wamid.old", NOW.minus(MessagingWebhooks.MAX_AGE).minusSeconds(60)), true).request());
        assertThat(old.getStatusCode().value()).isEqualTo(200);
        assertThat(old.getBody()).contains("\"handled\":0").contains("\"ignored\":1");
        ResponseEntity<String> ahead = webhooks.whatsApp(call("173.252.88.1",
                textMessage("wamid.ahead", NOW.plus(MessagingWebhooks.MAX_SKEW).plusSeconds(60)), true).request());
        assertThat(ahead.getBody()).contains("\"handled\":0");
        verify(inbound, never()).handle(any());
        verifyNoInteractions(receipts);

        // Within the clock's tolerance it is taken.
        assertThat(webhooks.whatsApp(call("173.252.88.1", textMessage("wamid.now", NOW.plusSeconds(30)), true)
                .request()).getBody()).contains("\"handled\":1");
    }
}
