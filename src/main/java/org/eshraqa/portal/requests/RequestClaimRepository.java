package org.eshraqa.portal.requests;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestClaimRepository extends JpaRepository<RequestClaim, Long> {

    List<RequestClaim> findByClaimantAccountIdAndStatusOrderById(long claimantAccountId, RequestClaim.Status status);

    List<RequestClaim> findByRequestIdAndStatusInOrderById(long requestId, Collection<RequestClaim.Status> statuses);
}
