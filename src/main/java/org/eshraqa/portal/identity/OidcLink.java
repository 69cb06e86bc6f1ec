package org.eshraqa.portal.identity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Ties a person at an OpenID Connect provider (provider + subject) to a portal account. */
@Entity
@Table(name = "account_oidc_link")
class OidcLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long accountId;

    private String provider;

    private String subject;

    private Instant linkedAt;

    protected OidcLink() {
    }

    OidcLink(long accountId, String provider, String subject, Instant now) {
        this.accountId = accountId;
        this.provider = provider;
        this.subject = subject;
        this.linkedAt = now;
    }

    String provider() {
        return provider;
    }

    Long accountId() {
        return accountId;
    }
}
