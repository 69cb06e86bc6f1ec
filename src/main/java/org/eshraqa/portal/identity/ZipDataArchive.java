package org.eshraqa.portal.identity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eshraqa.portal.shared.privacy.DataArchive;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A person's copy of their data as one ZIP: a JSON file per kind of record and the stored files. */
final class ZipDataArchive implements DataArchive, AutoCloseable {

    private final ZipOutputStream zip;
    private final JsonMapper json;
    private final Set<String> names = new HashSet<>();
    private String section = "";

    ZipDataArchive(OutputStream out, JsonMapper json) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** Folder the next entries go into. */
    void section(String section) {
        this.section = safe(section) + "/";
    }

    void text(String name, String text) {
        entry(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void json(String name, Object value) {
        entry(section + safe(name) + ".json", json.writeValueAsBytes(value));
    }

    @Override
    public void file(String folder, String fileName, byte[] content) {
        entry(section + safe(folder) + "/" + unique(section + safe(folder) + "/", safe(fileName)), content);
    }

    private String unique(String prefix, String name) {
        String candidate = name;
        for (int n = 2; names.contains(prefix + candidate); n++) {
            int dot = name.lastIndexOf('.');
            candidate = dot > 0 ? name.substring(0, dot) + "-" + n + name.substring(dot) : name + "-" + n;
        }
        return candidate;
    }

    private void entry(String name, byte[] content) {
        try {
            names.add(name);
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The last segment of an uploaded file's name, without control characters: a name like
     * {@code ../../x.pdf} cannot place an entry outside the archive's folder when it is unpacked.
     */
    static String safe(String name) {
        String last = name.replace('\\', '/');
        last = last.substring(last.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (last.isEmpty() || last.equals(".") || last.equals("..")) {
            last = "file";
        }
        return last.length() > 120 ? last.substring(last.length() - 120) : last;
    }

    @Override
    public void close() {
        try {
            zip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
