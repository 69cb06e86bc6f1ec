package org.eshraqa.portal.requests;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SupportServiceRepository extends JpaRepository<SupportService, String> {

    List<SupportService> findByActiveTrueOrderBySortOrder();
}
