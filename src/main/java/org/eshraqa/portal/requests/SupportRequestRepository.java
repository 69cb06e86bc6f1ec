package org.eshraqa.portal.requests;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.Region;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.lang.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportRequestRepository extends JpaRepository<SupportRequest, Long> {

    String QUEUE = """
            from SupportRequest r
            where r.state in :states
              and (:service is null or r.serviceCode = :service)
              and (:channel is null or r.channel = :channel)
              and (:region is null or r.applicant.region = :region)
              and (:assignee is null or r.assigneeAccountId = :assignee)
              and (:unassigned = false or r.assigneeAccountId is null)
            """;

    /** The staff queue, most urgent first: the nearest expected decision date, then the oldest. */
    @Query("""
            select new org.eshraqa.portal.requests.QueueLine(r.id, r.reference, r.applicant.fullName, r.serviceCode,
                   r.channel, r.applicant.region, r.state, r.submittedAt, r.expectedDecisionDate, r.assigneeAccountId)
            """ + QUEUE + " order by r.expectedDecisionDate asc, r.id asc")
    List<QueueLine> queue(Collection<RequestState> states, @Nullable String service, @Nullable Channel channel,
                          @Nullable Region region, @Nullable Long assignee, boolean unassigned, Pageable page);

    /** Requests recorded for someone by national ID, not yet claimed. */
    @Query("select r from SupportRequest r where r.applicant.nationalId = :nationalId and r.beneficiaryAccountId is null")
    List<SupportRequest> unclaimed(String nationalId);

    List<SupportRequest> findByBeneficiaryAccountIdOrderByIdDesc(long beneficiaryAccountId);

    List<SupportRequest> findByBeneficiaryAccountIdAndServiceCodeAndState(long beneficiaryAccountId, String serviceCode,
                                                                         RequestState state);
}
