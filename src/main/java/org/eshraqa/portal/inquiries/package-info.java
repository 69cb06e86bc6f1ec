/**
 * Questions people ask the association, in the portal or through another channel, and the threads
 * staff answer them in (P-4, P-10.1, P-10.3); answers the administrator keeps ready; and the log of
 * contacts that happened outside the portal, so every channel of P-8 is counted. API:
 * {@link org.eshraqa.portal.inquiries.Inquiries} and {@link org.eshraqa.portal.inquiries.Contacts}.
 */
package org.eshraqa.portal.inquiries;
