package org.eshraqa.portal.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.eshraqa.portal.shared.EmailAddress;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.SaudiMobile;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A person who can sign in. Guards its own status and roles. */
@Entity
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String fullName;

    private String mobile;

    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private AccountStatus status;

    private String language;

    private String consentVersion;

    private Instant consentedAt;

    private Instant createdAt;

    /** A generated first password: the person must choose their own before using any page. */
    private boolean mustChangePassword;

    // Loading many accounts (a table of staff names) reads their roles in batches, not one query each.
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 64)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Account() {
    }

    private Account(EmailAddress email, String fullName, SaudiMobile mobile, String passwordHash,
                    AccountStatus status, String language, Instant now) {
        this.email = email.value();
        this.fullName = fullName.strip();
        this.mobile = mobile == null ? null : mobile.e164();
        this.passwordHash = passwordHash;
        this.status = status;
        this.language = language;
        this.createdAt = now;
    }

    /** A beneficiary who registered themselves; active only once the e-mail is confirmed. */
    static Account selfRegistered(EmailAddress email, String fullName, SaudiMobile mobile, String passwordHash,
                                  String language, String consentVersion, Instant now) {
        Account account = new Account(email, fullName, mobile, passwordHash, AccountStatus.PENDING_VERIFICATION,
                language, now);
        account.roles.add(Role.BENEFICIARY);
        account.consentVersion = consentVersion;
        account.consentedAt = now;
        return account;
    }

    /** A beneficiary whose e-mail an OpenID Connect provider has verified. */
    static Account fromOidc(EmailAddress email, String fullName, String language, Instant now) {
        Account account = new Account(email, fullName, null, null, AccountStatus.ACTIVE, language, now);
        account.roles.add(Role.BENEFICIARY);
        return account;
    }

    /** An account created by an administrator; it can sign in at once with the password given. */
    static Account createdByAdmin(EmailAddress email, String fullName, SaudiMobile mobile, String passwordHash,
                                  Set<Role> roles, Instant now) {
        Account account = new Account(email, fullName, mobile, passwordHash, AccountStatus.ACTIVE, "ar", now);
        account.roles.addAll(roles);
        return account;
    }

    /** The password was generated for the person: they must replace it at their next sign-in. */
    void requirePasswordChange() {
        this.mustChangePassword = true;
    }

    /** The person chose a new password (already hashed); any required change is done. */
    void changePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
    }

    boolean mustChangePassword() {
        return mustChangePassword;
    }

    void verifyEmail() {
        if (status == AccountStatus.PENDING_VERIFICATION) {
            status = AccountStatus.ACTIVE;
        }
    }

    void grant(Role role) {
        roles.add(role);
    }

    void revoke(Role role) {
        roles.remove(role);
    }

    /** An erased account stays erased: it is neither disabled nor enabled again. */
    void disable() {
        requireNotErased();
        status = AccountStatus.DISABLED;
    }

    void enable() {
        requireNotErased();
        if (status == AccountStatus.DISABLED) {
            status = AccountStatus.ACTIVE;
        }
    }

    private void requireNotErased() {
        if (status == AccountStatus.ERASED) {
            throw InvalidInputException.of("status", "validation.account.erased");
        }
    }

    /** The person agreed to this version of the privacy notice. */
    void agreeTo(String consentVersion, Instant now) {
        this.consentVersion = consentVersion;
        this.consentedAt = now;
    }

    /**
     * Erases what identifies the person. The row stays, so that records elsewhere which point to
     * it (an anonymised request, the erasure trail) still point somewhere; the e-mail becomes an
     * address that can never receive mail and never match a registration.
     */
    void erase() {
        this.email = "erased-" + id + "@erased.invalid";
        this.fullName = "";
        this.mobile = null;
        this.passwordHash = null;
        this.status = AccountStatus.ERASED;
        this.roles.clear();
    }

    String consentVersion() {
        return consentVersion;
    }

    Instant consentedAt() {
        return consentedAt;
    }

    void chooseLanguage(String language) {
        this.language = language;
    }

    boolean canSignIn() {
        return status == AccountStatus.ACTIVE;
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String fullName() {
        return fullName;
    }

    String mobile() {
        return mobile;
    }

    String passwordHash() {
        return passwordHash;
    }

    AccountStatus status() {
        return status;
    }

    String language() {
        return language;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    Instant createdAt() {
        return createdAt;
    }

    AccountSummary summary() {
        return new AccountSummary(id, email, fullName, mobile, status, roles(), language, createdAt);
    }
}
