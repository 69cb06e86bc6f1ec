package org.eshraqa.portal.identity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface OidcLinkRepository extends JpaRepository<OidcLink, Long> {

    Optional<OidcLink> findByProviderAndSubject(String provider, String subject);
}
