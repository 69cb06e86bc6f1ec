package org.eshraqa.portal.inquiries;

import java.util.Collection;
import java.util.List;
import org.eshraqa.portal.shared.Channel;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.lang.Nullable;

interface InquiryRepository extends JpaRepository<Inquiry, Long> {

    List<Inquiry> findByAskerAccountIdOrderByIdDesc(long askerAccountId, Pageable page);

    long countByAskerAccountId(long askerAccountId);

    /** Questions waiting on staff first, then the longest waiting. */
    @Query("""
            select i from Inquiry i
            where i.state in :states
              and (:channel is null or i.channel = :channel)
              and (:assignee is null or i.assigneeAccountId = :assignee)
              and (:referredOnly = false or i.referredToResearch = true)
            order by case when i.state in (org.eshraqa.portal.inquiries.InquiryState.NEW,
                                           org.eshraqa.portal.inquiries.InquiryState.WAITING_ON_STAFF) then 0 else 1 end,
                     i.lastActivityAt asc, i.id asc
            """)
    List<Inquiry> queue(@Param("states") Collection<InquiryState> states, @Param("channel") @Nullable Channel channel,
                        @Param("assignee") @Nullable Long assignee, @Param("referredOnly") boolean referredOnly,
                        Pageable page);

    @Query("""
            select count(i) from Inquiry i
            where i.state in :states
              and (:channel is null or i.channel = :channel)
              and (:assignee is null or i.assigneeAccountId = :assignee)
              and (:referredOnly = false or i.referredToResearch = true)
            """)
    long countQueue(@Param("states") Collection<InquiryState> states, @Param("channel") @Nullable Channel channel,
                    @Param("assignee") @Nullable Long assignee, @Param("referredOnly") boolean referredOnly);
}
