package org.eshraqa.portal.shared.crypto;

import java.util.function.Consumer;

/**
 * The sealed fields of one row: its table and its {@code row_key}, so an entity writes
 * {@code sealed().seal("body", body)} and {@code sealed().open("body", body)} instead of its own
 * wrappers around {@link SealedFields}.
 *
 * <p>The entity keeps only its {@code row_key} field (mapped as before) and one accessor:
 * <pre>{@code
 * private RowSeal sealed() {
 *     return RowSeal.of("support_request_note", rowKey, created -> rowKey = created);
 * }
 * }</pre>
 * {@link #of} creates the row key on first use, when the row has none yet (a new object), and hands it
 * back to the entity to keep; a loaded row keeps the key read from the database. The key is never
 * changed afterwards, so every row written has one and it is never updated. A seal is made per call
 * and holds nothing but the two names: nothing to map, nothing to serialise.
 *
 * <p>Lines of an ordered collection table (an audit trail, a history) bind to the owner's row key and
 * the line's position ({@link FieldBinding#line}); their table is named at the call.
 * A {@code null} value stays {@code null}, sealed or opened.
 */
public record RowSeal(String table, String rowKey) {

    /**
     * The seal of the row in {@code table} whose key is {@code rowKey}; if that is still {@code null},
     * a new key is made and given to {@code keepNewKey} (the entity's field) first.
     */
    public static RowSeal of(String table, String rowKey, Consumer<String> keepNewKey) {
        if (rowKey == null) {
            rowKey = SealedFields.newRowKey();
            keepNewKey.accept(rowKey);
        }
        return new RowSeal(table, rowKey);
    }

    public String seal(String column, String plain) {
        return SealedFields.seal(table, column, rowKey, plain);
    }

    public String open(String column, String stored) {
        return SealedFields.open(table, column, rowKey, stored);
    }

    /** Seals the line at {@code position} of this row's collection table {@code lineTable}. */
    public String sealLine(String lineTable, String column, int position, String plain) {
        return plain == null ? null : SealedFields.seal(plain, FieldBinding.line(lineTable, column, rowKey, position));
    }

    public String openLine(String lineTable, String column, int position, String stored) {
        return stored == null ? null : SealedFields.open(stored, FieldBinding.line(lineTable, column, rowKey, position));
    }
}
