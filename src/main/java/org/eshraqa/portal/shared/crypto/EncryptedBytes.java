package org.eshraqa.portal.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * <b>Do not use for new fields:</b> a converter does not know the row, so its values are not bound
 * ({@code enc1}) and could be copied into another person's row. Seal fields in the entity with
 * {@link SealedFields} and list them in {@link SealedColumns}. Kept only for code not yet moved.
 *
 * <p>Stores a binary attribute (a document's bytes) encrypted; 33 bytes or so longer than the plain value. */
@Deprecated(since = "V44")
@Component
@Converter
public class EncryptedBytes implements AttributeConverter<byte[], byte[]> {

    private final FieldCipher cipher;

    public EncryptedBytes(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public byte[] convertToDatabaseColumn(byte[] attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public byte[] convertToEntityAttribute(byte[] column) {
        return cipher.decrypt(column);
    }
}
