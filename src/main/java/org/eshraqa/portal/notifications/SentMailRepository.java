package org.eshraqa.portal.notifications;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface SentMailRepository extends JpaRepository<SentMail, Long> {

    Page<SentMail> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

    boolean existsByDedupeKey(String dedupeKey);
}
