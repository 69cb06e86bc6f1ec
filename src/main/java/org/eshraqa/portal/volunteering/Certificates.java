package org.eshraqa.portal.volunteering;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eshraqa.portal.identity.Caller;
import org.eshraqa.portal.shared.Digits;
import org.eshraqa.portal.shared.PortalDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of volunteer hours: a volunteer issues one for their confirmed hours and downloads
 * it as a PDF in Arabic or English; anyone holding its code can check it on the public
 * verification page. A code is ten random characters of Crockford's base-32 (50 bits), so codes
 * cannot be guessed, and what a certificate states is fixed when it is issued.
 */
@Service
public class Certificates {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final VolunteerCertificateRepository certificates;
    private final EnrolmentRepository enrolments;
    private final OpportunityRepository opportunities;
    private final VolunteerApplicationRepository applications;
    private final CertificatePdf pdf;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Certificates(VolunteerCertificateRepository certificates, EnrolmentRepository enrolments,
                 OpportunityRepository opportunities, VolunteerApplicationRepository applications, CertificatePdf pdf,
                 Clock clock, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.certificates = certificates;
        this.enrolments = enrolments;
        this.opportunities = opportunities;
        this.applications = applications;
        this.pdf = pdf;
        this.clock = clock;
    }

    /**
     * A certificate of the caller's confirmed hours. If nothing changed since the last one, that
     * one is returned, so the same hours never get two codes.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CertificateView issue() {
        Caller me = Caller.current();
        List<Enrolment> confirmed = enrolments.findByAccountIdOrderByIdDesc(me.accountId()).stream()
                .filter(e -> e.confirmedMinutes() != null).toList();
        long minutes = confirmed.stream().mapToLong(Enrolment::confirmedMinutes).sum();
        VolunteeringRefused.require(minutes > 0, "certificate.noHours");
        Optional<VolunteerCertificate> last = certificates.findByAccountIdOrderByIdDesc(me.accountId()).stream()
                .findFirst();
        if (last.isPresent() && last.get().confirmedMinutes() == minutes
                && last.get().view().opportunities() == confirmed.size()) {
            return last.get().view();
        }
        List<LocalDate> days = opportunities.findAllById(confirmed.stream().map(Enrolment::opportunityId).toList())
                .stream().map(o -> o.startsAt().atZone(PortalDates.ZONE).toLocalDate()).sorted().toList();
        Optional<VolunteerProfile> profile = applications.findByAccountIdOrderByIdDesc(me.accountId()).stream()
                .filter(a -> a.state() == ApplicationState.ACTIVE).map(VolunteerApplication::profile).findFirst();
        String name = profile.map(VolunteerProfile::fullName).filter(Objects::nonNull).orElse(me.name());
        Gender gender = profile.map(VolunteerProfile::gender).orElse(null);
        return certificates.save(new VolunteerCertificate(newCode(), me.accountId(), name, gender, minutes,
                confirmed.size(),
                days.isEmpty() ? null : days.getFirst(), days.isEmpty() ? null : days.getLast(), clock.instant()))
                .view();
    }

    /** The caller's certificates, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CertificateView> mine() {
        return certificates.findByAccountIdOrderByIdDesc(Caller.current().accountId()).stream()
                .map(VolunteerCertificate::view).toList();
    }

    /** One of the caller's certificates; empty for anyone else's. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<CertificateView> findMine(long certificateId) {
        long me = Caller.current().accountId();
        return certificates.findById(certificateId).filter(c -> c.accountId() == me).map(VolunteerCertificate::view);
    }

    /** The PDF of one of the caller's certificates; someone else's is "not found". */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public VolunteerFile pdf(long certificateId, Locale locale) {
        CertificateView certificate = findMine(certificateId).orElseThrow(VolunteeringNotFound::new);
        String suffix = "ar".equals(locale.getLanguage()) ? "ar" : "en";
        return new VolunteerFile("eshraqa-certificate-" + certificate.code() + "-" + suffix + ".pdf",
                "application/pdf", pdf.render(certificate, locale));
    }

    /**
     * What the certificate with this code states, for anyone who has it (no sign-in). Spaces,
     * dashes, lower case, Arabic-Indic digits and the letters people confuse with digits (O, I, L)
     * are forgiven.
     */
    @Transactional(readOnly = true)
    public Optional<CertificateView> verify(String code) {
        return normalise(code).flatMap(certificates::findByCode).map(VolunteerCertificate::view);
    }

    /**
     * The public check of a code: the certificate it belongs to, or, when its holder's data was
     * erased since, only the date it was issued; empty when the association never issued it.
     */
    @Transactional(readOnly = true)
    public CertificateCheck check(String code) {
        Optional<String> normal = normalise(code);
        if (normal.isEmpty()) {
            return new CertificateCheck(CertificateCheck.Status.UNKNOWN, null, null);
        }
        Optional<CertificateView> found = normal.flatMap(certificates::findByCode).map(VolunteerCertificate::view);
        if (found.isPresent()) {
            return new CertificateCheck(CertificateCheck.Status.VALID, found.get(), found.get().issuedAt());
        }
        return jdbc.sql("select issued_at from volunteer_certificate_erased where code = :code")
                .param("code", normal.get()).query(java.sql.Timestamp.class).optional()
                .map(issued -> new CertificateCheck(CertificateCheck.Status.HOLDER_ERASED, null, issued.toInstant()))
                .orElseGet(() -> new CertificateCheck(CertificateCheck.Status.UNKNOWN, null, null));
    }

    static Optional<String> normalise(String code) {
        if (code == null || code.length() > 40) {
            return Optional.empty();
        }
        String plain = Digits.toLatin(code).toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        if (plain.length() != 10 || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(plain.substring(0, 5) + "-" + plain.substring(5));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
