package org.eshraqa.portal.inquiries;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CannedAnswerRepository extends JpaRepository<CannedAnswer, Long> {

    List<CannedAnswer> findAllByOrderBySortOrderAscIdAsc();
}
