package org.eshraqa.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;

class CompactResendCopyTest {

    private static final String ANSWER = "{\"syncId\":3,\"changes\":[{\"node\":7,\"type\":\"put\",\"key\":\"text\","
            + "\"feat\":7,\"value\":\"طلباتي — «قيد الدراسة» \\\"مقبول\\\" 😀\"},{\"node\":8,\"key\":\"x\",\"value\":\"a\\\\u0041\"}]}";

    @Test
    void theEscapedCopyIsTheSameJsonInAsciiOnly() {
        String escaped = CompactResendCopy.escapeNonAscii(ANSWER);
        assertThat(CompactResendCopy.isAscii(escaped)).isTrue();
        assertThat(CompactResendCopy.isAscii(ANSWER)).isFalse();
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(escaped)).isEqualTo(json.readTree(ANSWER));
        assertThat(CompactResendCopy.escapeNonAscii("{\"a\":1}")).isEqualTo("{\"a\":1}");
    }

    @Test
    void afterAUiRequestEveryUiOfTheSessionKeepsTheCompactCopyAndOtherRequestsAreLeftAlone() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse(ANSWER);
        VaadinSession session = mock(VaadinSession.class);
        when(session.getUIs()).thenReturn(List.of(ui));
        VaadinRequest staticFile = mock(VaadinRequest.class);
        VaadinRequest uidl = mock(VaadinRequest.class);
        when(uidl.getParameter("v-r")).thenReturn("uidl");
        var interceptor = new CompactResendCopy.Interceptor();

        interceptor.requestEnd(staticFile, mock(VaadinResponse.class), session);
        assertThat(ui.getInternals().getLastRequestResponse()).isSameAs(ANSWER);

        interceptor.requestEnd(uidl, mock(VaadinResponse.class), session);
        String kept = ui.getInternals().getLastRequestResponse();
        assertThat(kept).isEqualTo(CompactResendCopy.escapeNonAscii(ANSWER));
        interceptor.requestEnd(uidl, mock(VaadinResponse.class), session);
        assertThat(ui.getInternals().getLastRequestResponse()).as("already compact: not copied again").isSameAs(kept);
        interceptor.requestEnd(uidl, mock(VaadinResponse.class), null);
    }
}
