package org.eshraqa.portal.volunteering;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface OpportunityRepository extends JpaRepository<Opportunity, Long> {

    /** The row locked until the transaction ends ({@code select … for update}): seats change one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from Opportunity o where o.id = :id")
    Optional<Opportunity> lock(long id);

    @Query("""
            select o from Opportunity o
            where o.state = org.eshraqa.portal.volunteering.OpportunityState.PUBLISHED and o.startsAt > :now
            order by o.startsAt asc, o.id asc
            """)
    List<Opportunity> upcoming(Instant now, Pageable page);

    @Query("select o from Opportunity o where o.endsAt >= :since order by o.startsAt asc, o.id asc")
    List<Opportunity> endingSince(Instant since, Pageable page);

    @Query("select count(o) from Opportunity o where o.endsAt >= :since")
    long countEndingSince(Instant since);

    @Query("select o from Opportunity o where o.endsAt < :before order by o.startsAt desc, o.id desc")
    List<Opportunity> endedBefore(Instant before, Pageable page);

    @Query("select count(o) from Opportunity o where o.endsAt < :before")
    long countEndedBefore(Instant before);
}
