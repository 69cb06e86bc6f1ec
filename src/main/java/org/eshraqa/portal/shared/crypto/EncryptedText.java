package org.eshraqa.portal.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.springframework.stereotype.Component;

/**
 * <b>Do not use for new fields:</b> a converter does not know the row, so its values are not bound
 * ({@code enc1}) and could be copied into another person's row. Seal fields in the entity with
 * {@link SealedFields} and list them in {@link SealedColumns}. Kept only for code not yet moved.
 *
 * <p>Stores a text attribute encrypted ({@code @Convert(converter = EncryptedText.class)}); the
 * column must be wide enough for the base64 envelope (about 4/3 of the UTF-8 bytes plus 60).
 * Hibernate gets the converter from Spring, so it uses the configured keys.
 */
@Deprecated(since = "V44")
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
