package org.eshraqa.portal.volunteering;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByOpportunityIdAndAccountId(long opportunityId, long accountId);

    List<Enrolment> findByOpportunityIdOrderByAppliedAtAscIdAsc(long opportunityId);

    List<Enrolment> findByOpportunityIdAndStateIn(long opportunityId, Collection<EnrolmentState> states);

    List<Enrolment> findByAccountIdOrderByIdDesc(long accountId);

    List<Enrolment> findByAccountIdAndOpportunityIdIn(long accountId, Collection<Long> opportunityIds);

    /** Confirmed minutes and the number of opportunities they came from. */
    @Query("""
            select coalesce(sum(e.confirmedMinutes), 0), count(e)
            from Enrolment e where e.accountId = :accountId and e.confirmedMinutes is not null
            """)
    List<Object[]> confirmedTotals(long accountId);

    @Query("select coalesce(sum(e.confirmedMinutes), 0) from Enrolment e where e.confirmedMinutes is not null")
    long allConfirmedMinutes();
}
