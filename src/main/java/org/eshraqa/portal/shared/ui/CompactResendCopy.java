package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Keeps the copy of each UI's last answer that Vaadin holds for a resend in one byte a character.
 *
 * <p>Flow keeps the last UIDL answer of every UI as a {@code String}
 * ({@link UIInternals#getLastRequestResponse()}) and sends it again when the browser repeats a
 * request whose answer it lost. The answer is JSON and nearly all ASCII, but one Arabic letter makes
 * Java store the whole string in UTF-16, two bytes a character: after opening "my requests" that is
 * 26,000 characters, 52 KB per signed-in beneficiary, a third of the session. Written with the few
 * non-ASCII characters as {@code \\uXXXX} escapes (valid anywhere they occur, inside JSON strings)
 * it is the same JSON to the browser and takes 29 KB. {@code docs/performance.md}, "Memory per
 * session".
 */
@Component
class CompactResendCopy implements VaadinServiceInitListener {

    private static final HexFormat HEX = HexFormat.of();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addVaadinRequestInterceptor(new Interceptor());
    }

    static final class Interceptor implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
            // Nothing before the request.
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                                    Exception exception) {
            // Vaadin's own handling applies.
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            // Only requests that speak to a UI (init, UIDL) set a new answer.
            if (session == null || request.getParameter("v-r") == null) {
                return;
            }
            session.lock();
            try {
                for (UI ui : session.getUIs()) {
                    UIInternals internals = ui.getInternals();
                    String last = internals.getLastRequestResponse();
                    if (last != null && !isAscii(last)) {
                        internals.setLastRequestResponse(escapeNonAscii(last));
                    }
                }
            } finally {
                session.unlock();
            }
        }
    }

    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Every character above U+007F as a JSON {@code \\uXXXX} escape (surrogates one by one, as JSON allows). */
    static String escapeNonAscii(String json) {
        StringBuilder out = new StringBuilder(json.length() + 256);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c > 0x7F) {
                out.append("\\u").append(HEX.toHexDigits(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
