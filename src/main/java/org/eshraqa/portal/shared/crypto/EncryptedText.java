package org.eshraqa.portal.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * Stores a text attribute encrypted ({@code @Convert(converter = EncryptedText.class)}); the
 * column must be wide enough for the base64 envelope (about 4/3 of the UTF-8 bytes plus 60).
 * Hibernate gets the converter from Spring, so it uses the configured keys.
 */
@Component
@Converter
public class EncryptedText implements AttributeConverter<String, String> {

    private final FieldCipher cipher;

    public EncryptedText(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public String convertToDatabaseColumn(String attribute) {
        return cipher.encryptText(attribute);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return cipher.decryptText(column);
    }
}
