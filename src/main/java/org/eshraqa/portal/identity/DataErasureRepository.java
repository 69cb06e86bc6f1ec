package org.eshraqa.portal.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataErasureRepository extends JpaRepository<DataErasure, Long> {

    Optional<DataErasure> findFirstByAccountIdOrderByIdDesc(long accountId);

    List<DataErasure> findByStateOrderByRequestedAt(ErasureState state);

    long countByState(ErasureState state);
}
