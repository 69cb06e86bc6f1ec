package org.eshraqa.portal.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OidcLinkRepository extends JpaRepository<OidcLink, Long> {

    Optional<OidcLink> findByProviderAndSubject(String provider, String subject);
    java.util.List<OidcLink> findByAccountId(long accountId);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from OidcLink l where l.accountId = :accountId")
    int deleteByAccountId(@org.springframework.data.repository.query.Param("accountId") long accountId);
}
