/**
 * Shared kernel: value types, the embedded database, internationalisation and the UI shell.
 * Every module may use it; it depends on no module.
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.shared;
