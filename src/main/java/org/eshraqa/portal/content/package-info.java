/**
 * Public information (P-7.1, P-9): the pages about the association and how to reach it on every
 * channel (P-8), the FAQ that corrects common misconceptions, and the guides, some for staff only.
 * The administrator writes everything in Markdown, in Arabic and English; search finds Arabic
 * with or without diacritics and letter variants.
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.content;
