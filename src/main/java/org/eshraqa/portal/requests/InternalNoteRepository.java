package org.eshraqa.portal.requests;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InternalNoteRepository extends JpaRepository<InternalNote, Long> {

    List<InternalNote> findByRequestIdOrderById(long requestId);
}
