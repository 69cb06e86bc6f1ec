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
 * (their names carry a content hash), with the chunks the entry loads first (the Flow client,
 * its bootstrap and the common components), so a public page can let the browser fetch them
 * ahead of the first app page. Empty in development mode, where there is no such file.
 */
@Component
public class FlowEntryScripts {

    private static final Pattern SCRIPT = Pattern.compile("<script[^>]*\\ssrc=\"\\.?/?(VAADIN/build/[^\"]+\\.js)\"");
    /** The chunks the entry script loads first (Vite's dependency map), e.g. {@code m.f=["./FlowClient-….js",…]}. */
    private static final Pattern DEPENDENCIES = Pattern.compile("m\\.f=\\[([^\\]]*)\\]");
    private static final Pattern CHUNK = Pattern.compile("\"\\./([A-Za-z0-9_.-]+\\.js)\"");

    private final List<String> scripts;

    FlowEntryScripts() {
        List<String> found = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/VAADIN/webapp/index.html")) {
            if (in != null) {
                Matcher m = SCRIPT.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(m.group(1));
                }
                for (String entry : List.copyOf(found)) {
                    found.addAll(dependencies(entry));
                }
            }
        } catch (IOException unreadable) {
            // No prefetch then; the app loads as it always did.
        }
        scripts = List.copyOf(found);
    }

    private List<String> dependencies(String entry) throws IOException {
        List<String> chunks = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/VAADIN/webapp/" + entry)) {
            if (in == null) {
                return chunks;
            }
            Matcher map = DEPENDENCIES.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (map.find()) {
                Matcher chunk = CHUNK.matcher(map.group(1));
                String folder = entry.substring(0, entry.lastIndexOf('/') + 1);
                while (chunk.find()) {
                    chunks.add(folder + chunk.group(1));
                }
            }
        }
        return chunks;
    }

    /** Absolute paths of the entry scripts and the chunks they load first, under this context path. */
    public List<String> entryScripts(String contextPath) {
        return scripts.stream().map(s -> contextPath + "/" + s).toList();
    }
}
