package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import java.io.IOException;
import java.util.Optional;
import org.eshraqa.portal.shared.UploadRules;

/**
 * The only upload handler of the portal: a file of at most {@code maxBytes}, held in memory. Vaadin's
 * upload posts the file as the raw body of a request (no multipart, so no servlet limit applies), and
 * {@code UploadHandler.inMemory} reads all of it before anyone can look at its size. Here a stated
 * Content-Length over the limit is refused before a byte is read, and a body without one is counted as
 * it arrives and refused at the limit + 1 byte ({@link UploadRules#readAtMost}). A refusal answers
 * 413, so the server closes the connection instead of reading the rest, and the view is told
 * ({@code tooLarge}) to show its message; nothing reaches {@code accepted}.
 */
public final class BoundedUpload implements UploadHandler {

    /** Room for a multipart envelope (boundaries, part headers) around a file of the largest size. */
    static final long MULTIPART_ENVELOPE = 16 * 1024;

    private final long maxBytes;
    private final UI ui;
    private final SerializableBiConsumer<String, byte[]> accepted;
    private final SerializableRunnable tooLarge;

    private BoundedUpload(long maxBytes, UI ui, SerializableBiConsumer<String, byte[]> accepted,
                          SerializableRunnable tooLarge) {
        this.maxBytes = maxBytes;
        this.ui = ui;
        this.accepted = accepted;
        this.tooLarge = tooLarge;
    }

    /**
     * A handler for the current UI: {@code accepted} gets the file's name and bytes, {@code tooLarge}
     * runs when a file is refused for its size; both run with the UI locked.
     */
    public static BoundedUpload of(long maxBytes, SerializableBiConsumer<String, byte[]> accepted,
                                   SerializableRunnable tooLarge) {
        return new BoundedUpload(maxBytes, UI.getCurrent(), accepted, tooLarge);
    }

    @Override
    public void handleRequest(VaadinRequest request, VaadinResponse response, VaadinSession session, Element owner)
            throws IOException {
        if (request.getContentLengthLong() > maxBytes + MULTIPART_ENVELOPE) {
            refuse(response);
            return;
        }
        UploadHandler.super.handleRequest(request, response, session, owner);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Optional<byte[]> content;
        try (var in = event.getInputStream()) {
            content = UploadRules.readAtMost(in, event.getFileSize(), maxBytes);
        }
        if (content.isEmpty()) {
            event.reject("too large");
            refusedHere.set(event.getResponse());
            refuse(event.getResponse());
            return;
        }
        String fileName = event.getFileName();
        byte[] bytes = content.get();
        ui.access(() -> accepted.accept(fileName, bytes));
    }

    @Override
    public void responseHandled(UploadResult result) {
        if (result.response() instanceof VaadinResponse response && refusedIn(response)) {
            response.setStatus(413);
            return;
        }
        UploadHandler.super.responseHandled(result);
    }

    private void refuse(VaadinResponse response) {
        // 413 makes the servlet container close the connection rather than read (swallow) the rest.
        response.setStatus(413);
        ui.access(tooLarge::run);
    }

    /**
     * The response of a file refused on this thread, until Vaadin reports the result (which would
     * otherwise answer 422 and let the container read the rest of the body).
     */
    private static final ThreadLocal<VaadinResponse> refusedHere = new ThreadLocal<>();

    private static boolean refusedIn(VaadinResponse response) {
        boolean refused = refusedHere.get() == response;
        refusedHere.remove();
        return refused;
    }

    /** Largest multipart request: one file of the largest size and its envelope. */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + MULTIPART_ENVELOPE;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
