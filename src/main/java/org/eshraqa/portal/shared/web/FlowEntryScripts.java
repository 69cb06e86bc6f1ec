package org.eshraqa.portal.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The entry scripts of the Flow client as the production bundle's {@code index.html} names them
 * (their names carry a content hash), so a public page can let the browser fetch them ahead of
 * the first app page. Empty in development mode, where there is no such file.
 */
@Component
public class FlowEntryScripts {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"");

    private final List<String> scripts;

    FlowEntryScripts() {
        List<String> found = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/VAADIN/webapp/index.html")) {
            if (in != null) {
                Matcher m = SCRIPT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        } catch (IOException unreadable) {
            // No prefetch then; the app loads as it always did.
        }
        scripts = List.copyOf(found);
    }

    /** Absolute paths of the entry scripts under this context path. */
    public List<String> entryScripts(String contextPath) {
        return scripts.stream().map(s -> contextPath + "/" + s).toList();
    }
}
