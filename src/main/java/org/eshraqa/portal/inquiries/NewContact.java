package org.eshraqa.portal.inquiries;

import java.time.LocalDate;
import org.eshraqa.portal.shared.Channel;

/**
 * A contact to log. The person is either an account, found again on the server by its exact
 * e-mail address or mobile ({@code accountEmailOrMobile}), or a name and mobile. With
 * {@code openInquiry} the topic and what was asked become a question in that person's account, so
 * the answer reaches them in the portal.
 */
public record NewContact(Channel channel, String accountEmailOrMobile, String personName, String personMobile,
                         String topic, String outcome, LocalDate followUpOn, boolean openInquiry) {
}
