package org.eshraqa.portal.requests;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RequestMessageRepository extends JpaRepository<RequestMessage, Long> {

    List<RequestMessage> findByRequestIdOrderById(long requestId);
}
