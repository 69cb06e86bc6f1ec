package org.eshraqa.portal.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailVerificationRepository extends JpaRepository<EmailVerification, Long> {

    Optional<EmailVerification> findByTokenHash(String tokenHash);
    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from EmailVerification v where v.accountId = :accountId")
    int deleteByAccountId(@org.springframework.data.repository.query.Param("accountId") long accountId);
}
