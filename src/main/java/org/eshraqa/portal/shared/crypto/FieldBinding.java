package org.eshraqa.portal.shared.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The place a sealed value belongs to: its table, its column and its row. The row is the row's
 * {@code row_key} (or, for rows whose id is known before they are written, the id); for a line of
 * an ordered collection table it is the owner's row key and the line's position. It is the GCM
 * associated data of an {@code ENC2} envelope, so it is checked on every read, and is logged when a
 * value fails, never the value.
 */
public record FieldBinding(String table, String column, String row) {

    public FieldBinding {
        if (table == null || column == null || row == null || table.isBlank() || column.isBlank() || row.isBlank()) {
            throw new IllegalArgumentException("A bound value needs its table, column and row");
        }
    }

    /** A line of an ordered collection table, e.g. the audit trail of the row {@code ownerRow}. */
    public static FieldBinding line(String table, String column, String ownerRow, int position) {
        return new FieldBinding(table, column, ownerRow + "#" + position);
    }

    byte[] associatedData(byte[] magic) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(magic);
        for (String part : new String[] {table, column, row}) {
            out.write(0);
            out.writeBytes(part.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return table + "." + column + " of row " + row;
    }
}
