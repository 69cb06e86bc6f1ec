package org.eshraqa.portal.requests;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportRequestRepository extends JpaRepository<SupportRequest, Long> {

    List<SupportRequest> findByBeneficiaryAccountIdOrderByIdDesc(long beneficiaryAccountId);

    List<SupportRequest> findByBeneficiaryAccountIdAndServiceCodeAndState(long beneficiaryAccountId, String serviceCode,
                                                                         RequestState state);
}
