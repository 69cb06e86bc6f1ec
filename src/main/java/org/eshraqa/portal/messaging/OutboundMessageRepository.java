package org.eshraqa.portal.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eshraqa.portal.identity.MessagingChannel;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, Long> {

    boolean existsByDedupeKey(String dedupeKey);

    @Query("select m.id from OutboundMessage m where m.status = org.eshraqa.portal.messaging.DeliveryStatus.PENDING"
            + " and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
    List<Long> dueIds(@Param("now") Instant now, Pageable page);

    @Query("select m from OutboundMessage m where m.status = org.eshraqa.portal.messaging.DeliveryStatus.SENDING"
            + " and m.claimedUntil < :now")
    List<OutboundMessage> stale(@Param("now") Instant now);

    Optional<OutboundMessage> findFirstByChannelAndProviderMessageId(MessagingChannel channel, String providerMessageId);

    List<OutboundMessage> findByCaseKindAndCaseIdOrderByIdDesc(CaseKind caseKind, Long caseId, Pageable page);

    List<OutboundMessage> findAllByOrderByIdDesc(Pageable page);

    @Query("select m from OutboundMessage m where m.mobile = :mobile and m.channel = :channel"
            + " and m.status = org.eshraqa.portal.messaging.DeliveryStatus.PENDING")
    List<OutboundMessage> pendingTo(@Param("mobile") String mobile, @Param("channel") MessagingChannel channel);
}
