package org.eshraqa.portal.requests;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestDocumentRepository extends JpaRepository<RequestDocument, Long> {

    List<RequestDocument> findByRequestIdOrderById(long requestId);
}
