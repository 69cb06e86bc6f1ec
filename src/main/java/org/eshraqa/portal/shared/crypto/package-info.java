/**
 * Encryption at rest of sensitive fields: AES-256-GCM converters that any module puts on the
 * attributes holding health data, and the keys they use.
 */
@org.springframework.modulith.NamedInterface("crypto")
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.shared.crypto;
