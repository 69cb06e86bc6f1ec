/** The UI shell every module's views live in: layout, language, error pages, shared components. */
@org.springframework.modulith.NamedInterface("ui")
package org.eshraqa.portal.shared.ui;
