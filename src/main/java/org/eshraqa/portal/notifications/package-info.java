/**
 * Notifications: reacts to other modules' events and reaches people in the portal (the bell),
 * by e-mail and by SMS. Listeners run through Spring Modulith's event publication registry, so a
 * notice whose event was committed is delivered even if the mail server was down at that moment,
 * and a dedupe key per event keeps a redelivery from notifying twice.
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.notifications;
