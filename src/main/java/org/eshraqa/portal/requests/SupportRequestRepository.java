package org.eshraqa.portal.requests;

import org.springframework.data.jpa.repository.JpaRepository;

interface SupportRequestRepository extends JpaRepository<SupportRequest, Long> {
}
