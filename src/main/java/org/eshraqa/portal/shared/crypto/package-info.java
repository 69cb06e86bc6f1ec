/**
 * Encryption at rest of sensitive fields: AES-256-GCM bound to table, column and row
 * ({@link org.eshraqa.portal.shared.crypto.SealedFields}), the list of sealed columns, the
 * migration that binds stored values, and the keys.
 */
@org.springframework.modulith.NamedInterface("crypto")
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.shared.crypto;
