package org.eshraqa.portal.requests;

import java.util.Set;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.Region;

/** The staff queue's filters; null or empty means "any". */
public record QueueFilter(Set<RequestState> states, String serviceCode, Channel channel, Region region,
                          Assignee assignee) {

    public enum Assignee { ANYONE, ME, UNASSIGNED }

    /** Everything staff may still act on, for anyone. */
    public static QueueFilter open() {
        return new QueueFilter(Set.of(), null, null, null, Assignee.ANYONE);
    }
}
