/**
 * Notifications: reacts to other modules' events and reaches people by e-mail (and later in-app
 * and SMS). Listeners run through Spring Modulith's event publication registry, so a mail whose
 * event was committed is sent even if the mail server was down at that moment.
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.notifications;
