package org.eshraqa.portal.surveys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SurveyInvitationRepository extends JpaRepository<SurveyInvitation, Long> {

    Optional<SurveyInvitation> findByTokenHash(String tokenHash);

    boolean existsBySourceKey(String sourceKey);

    List<SurveyInvitation> findByAccountIdAndAnsweredAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(long accountId,
                                                                                                 Instant now);

    /** Open invitations old enough for their one reminder, oldest first. */
    @Query("""
            select i.id from SurveyInvitation i
            where i.answeredAt is null and i.remindedAt is null and i.createdAt < :remindBefore
              and i.expiresAt > :now and i.accountId is not null
            order by i.createdAt
            """)
    List<Long> dueForReminder(Instant remindBefore, Instant now, Pageable page);

    /** Claims the reminder for one node: only the update that changes the row sends it. */
    @Modifying
    @Query("update SurveyInvitation i set i.remindedAt = :now where i.id = :id and i.remindedAt is null")
    int claimReminder(long id, Instant now);
}
