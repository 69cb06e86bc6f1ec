package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.messages.MessageListItem;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eshraqa.portal.shared.PortalDates;

/**
 * One message of a thread for Vaadin's {@code MessageList}. The list would format a message's
 * time in the browser's time zone and its own format (a message read 2:37 in UTC while the
 * timeline beside it read 5:37 Riyadh time), so the time is written here, like every other time
 * of the portal, after the author's name, and the list is given none.
 */
public final class ThreadMessages {

    private ThreadMessages() {
    }

    public static MessageListItem item(String body, Instant at, String authorName, boolean fromStaff, Locale locale) {
        String author = authorName == null ? "" : authorName;
        MessageListItem item = new MessageListItem();
        item.setText(body);
        item.setUserName(author + " · " + PortalDates.dateTime(at, locale));
        item.setUserAbbreviation(initials(author));
        item.setUserColorIndex(fromStaff ? 2 : 0);
        return item;
    }

    private static String initials(String name) {
        return Arrays.stream(name.trim().split("\\s+")).filter(w -> !w.isEmpty()).limit(2)
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1))).collect(Collectors.joining());
    }
}
