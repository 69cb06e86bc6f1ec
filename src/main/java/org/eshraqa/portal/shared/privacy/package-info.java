/**
 * Personal-data rights: the contract every module holding personal data fulfils so that a person
 * can download their data and have it erased, and closed files are anonymised after the
 * retention period.
 */
@org.springframework.lang.NonNullApi
@org.springframework.modulith.NamedInterface("privacy")
package org.eshraqa.portal.shared.privacy;
