package org.eshraqa.portal.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/** Stores a binary attribute (a document's bytes) encrypted; 33 bytes or so longer than the plain value. */
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
