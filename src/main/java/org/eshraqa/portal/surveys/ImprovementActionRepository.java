package org.eshraqa.portal.surveys;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long> {

    List<ImprovementAction> findAllByOrderByDueOnAscIdAsc();

    List<ImprovementAction> findByPublishedTrueOrderByPublishedAtDesc();
}
