package org.eshraqa.portal.inquiries;

import java.time.LocalDate;
import java.util.List;
import org.eshraqa.portal.shared.Channel;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.lang.Nullable;

interface LoggedContactRepository extends JpaRepository<LoggedContact, Long> {

    @Query("""
            select c from LoggedContact c where :channel is null or c.channel = :channel
            order by c.loggedAt desc, c.id desc
            """)
    List<LoggedContact> recent(@Param("channel") @Nullable Channel channel, Pageable page);

    @Query("select count(c) from LoggedContact c where :channel is null or c.channel = :channel")
    long countRecent(@Param("channel") @Nullable Channel channel);

    @Query("""
            select c from LoggedContact c
            where c.followUpDoneAt is null and c.followUpOn is not null and c.followUpOn <= :today
            order by c.followUpOn asc, c.id asc
            """)
    List<LoggedContact> followUpsDue(@Param("today") LocalDate today, Pageable page);

    @Query("""
            select count(c) from LoggedContact c
            where c.followUpDoneAt is null and c.followUpOn is not null and c.followUpOn <= :today
            """)
    long countFollowUpsDue(@Param("today") LocalDate today);
}
