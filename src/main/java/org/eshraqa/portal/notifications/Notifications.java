package org.eshraqa.portal.notifications;

import java.time.Clock;
import java.util.List;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's in-app notifications. Who that is comes from the security context; an
 * id of someone else's notification changes nothing.
 */
@Service
public class Notifications {

    private final NotificationRepository notifications;
    private final Clock clock;

    Notifications(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long unreadCount() {
        return notifications.countByRecipientAccountIdAndReadAtIsNull(me());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long count() {
        return notifications.countByRecipientAccountId(me());
    }

    /** Newest first, a page at a time. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InAppNotification> recent(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 100));
        return notifications.findByRecipientAccountIdOrderByIdDesc(me(), PageRequest.of(offset / size, size)).stream()
                .map(Notification::view).toList();
    }

    /** @return whether it was the caller's notification */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public boolean markRead(long notificationId) {
        long me = me();
        return notifications.findById(notificationId).filter(n -> n.recipientAccountId() == me).map(n -> {
            n.markRead(clock.instant());
            return true;
        }).orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void markAllRead() {
        notifications.markAllRead(me(), clock.instant());
    }

    private static long me() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return principal.accountId();
        }
        throw new AccessDeniedException("Not signed in");
    }
}
