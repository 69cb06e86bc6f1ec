package org.eshraqa.portal.shared.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How entities seal and open their sensitive fields, bound to table, column and row.
 *
 * <p>Why not a JPA {@code AttributeConverter}: a converter sees one value and never the row it
 * belongs to, and ids come from IDENTITY only after the insert. So each entity with sealed fields
 * carries an immutable random {@code row_key} (unique, set when the object is made, never updated)
 * and keeps the envelope itself in its field: the setter seals, the getter opens. Binding to the
 * row key rather than the id means the value can be sealed before the row exists; copying a value
 * into another row fails because that row's key differs, and copying the key too is refused by its
 * unique index. Rows whose id is chosen before they are written (a document's content, a survey
 * follow-up) bind to the id. Opening happens only when a getter is called, so lists that load
 * entities but show no sealed text (queues, the dashboard) decrypt nothing.
 *
 * <p>The cipher is installed once at start by the application ({@link SealedFieldsConfiguration}),
 * as Hibernate gets converters from Spring: entities cannot have beans injected.
 *
 * <p>A value that fails to open is logged (place only, never content) and raises
 * {@link UnreadableValueException}: the page shows the generic error page, not the text.
 */
public final class SealedFields {

    private static final Logger log = LoggerFactory.getLogger(SealedFields.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile FieldCipher cipher;

    private SealedFields() {
    }

    static void install(FieldCipher installed) {
        cipher = installed;
    }

    private static FieldCipher cipher() {
        FieldCipher current = cipher;
        if (current == null) {
            throw new IllegalStateException("The field cipher is not installed yet");
        }
        return current;
    }

    /** A new row key: 128 random bits, base64url, 22 characters. */
    public static String newRowKey() {
        byte[] key = new byte[16];
        RANDOM.nextBytes(key);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key);
    }

    public static String seal(String plain, FieldBinding binding) {
        return cipher().sealText(plain, binding);
    }

    public static String open(String stored, FieldBinding binding) {
        try {
            return cipher().openText(stored, binding);
        } catch (UnreadableValueException e) {
            log.error("Sealed value refused: {}", e.getMessage());
            throw e;
        }
    }

    public static byte[] seal(byte[] plain, FieldBinding binding) {
        return cipher().seal(plain, binding);
    }

    public static byte[] open(byte[] stored, FieldBinding binding) {
        try {
            return cipher().open(stored, binding);
        } catch (UnreadableValueException e) {
            log.error("Sealed value refused: {}", e.getMessage());
            throw e;
        }
    }

    /** Shorthands for an entity: {@code seal(TABLE, "body", rowKey, text)}. */
    public static String seal(String table, String column, String row, String plain) {
        return plain == null ? null : seal(plain, new FieldBinding(table, column, row));
    }

    public static String open(String table, String column, String row, String stored) {
        return stored == null ? null : open(stored, new FieldBinding(table, column, row));
    }
}
