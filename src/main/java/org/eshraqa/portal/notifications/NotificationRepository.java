package org.eshraqa.portal.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientAccountIdOrderByIdDesc(long recipientAccountId, Pageable page);

    long countByRecipientAccountId(long recipientAccountId);

    long countByRecipientAccountIdAndReadAtIsNull(long recipientAccountId);

    boolean existsByDedupeKey(String dedupeKey);

    @Modifying
    @Query("delete from Notification n where n.recipientAccountId = :recipient and n.link = :link")
    int deleteByRecipientAccountIdAndLink(long recipient, String link);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientAccountId = :recipient and n.readAt is null")
    int markAllRead(long recipient, Instant now);
}
