package org.eshraqa.portal.inquiries;

import org.eshraqa.portal.shared.CaseFacts;
import org.eshraqa.portal.identity.Caller;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.SaudiMobile;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contact log (P-8): staff write down every contact that happened outside the portal, so that
 * every channel is counted, and follow up on the ones that need it.
 */
@Service
public class Contacts {

    private static final int MAX_TOPIC = 200;
    private static final int MAX_OUTCOME = 4000;
    private static final int MAX_NOTE = 1000;

    private final LoggedContactRepository contacts;
    private final Inquiries inquiries;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MeterRegistry meters;

    Contacts(LoggedContactRepository contacts, Inquiries inquiries, Accounts accounts,
             ApplicationEventPublisher events, Clock clock, MeterRegistry meters) {
        this.contacts = contacts;
        this.inquiries = inquiries;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.meters = meters;
    }

    /** The account with exactly this e-mail or mobile, to confirm before logging. */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public Optional<PersonMatch> findPerson(String emailOrMobile) {
        return accounts.findByEmailOrMobile(emailOrMobile)
                .map(a -> new PersonMatch(a.fullName(), a.email(), a.mobile()));
    }

    /**
     * Logs a contact.
     *
     * @return the contact's id
     * @throws InvalidInputException with a message key per invalid field
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'VOLUNTEER_COORDINATOR')")
    @Transactional
    public long log(NewContact contact) {
        Caller me = Caller.current();
        Map<String, String> errors = new LinkedHashMap<>();
        if (contact.channel() == null) {
            errors.put("channel", "field.required");
        }
        AccountSummary account = null;
        String name = null;
        String mobile = null;
        boolean byAccount = contact.accountEmailOrMobile() != null && !contact.accountEmailOrMobile().isBlank();
        if (byAccount) {
            account = accounts.findByEmailOrMobile(contact.accountEmailOrMobile()).orElse(null);
            if (account == null) {
                errors.put("account", "contact.account.notFound");
            } else {
                name = account.fullName();
                mobile = account.mobile();
            }
        } else {
            name = Inquiries.text(contact.personName(), "personName", 200, errors);
            if (contact.personMobile() == null || contact.personMobile().isBlank()) {
                errors.put("personMobile", "field.required");
            } else {
                mobile = SaudiMobile.parse(contact.personMobile()).map(SaudiMobile::e164).orElse(null);
                if (mobile == null) {
                    errors.put("personMobile", "validation.mobile");
                }
            }
        }
        String topic = Inquiries.text(contact.topic(), "topic", MAX_TOPIC, errors);
        String outcome = Inquiries.text(contact.outcome(), "outcome", MAX_OUTCOME, errors);
        LocalDate today = today();
        if (contact.followUpOn() != null
                && (contact.followUpOn().isBefore(today) || contact.followUpOn().isAfter(today.plusYears(1)))) {
            errors.put("followUpOn", "contact.followUp.range");
        }
        if (contact.openInquiry() && account == null && !errors.containsKey("account")) {
            errors.put("openInquiry", "contact.inquiry.needsAccount");
        }
        if (contact.openInquiry() && contact.channel() == Channel.WEBSITE) {
            errors.put("channel", "inquiry.refused.channel");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        LoggedContact logged = new LoggedContact(contact.channel(), account == null ? null : account.id(), name,
                mobile, topic, outcome, contact.followUpOn(), me, now);
        if (contact.openInquiry()) {
            logged.linkInquiry(inquiries.recordFor(account, me, contact.channel(), topic, outcome));
        }
        contacts.saveAndFlush(logged);
        Counter.builder("portal.contacts.logged").description("Contacts logged outside the portal, by channel")
                .tag("channel", contact.channel().name()).register(meters).increment();
        events.publishEvent(new ContactLogged(logged.id(), logged.channel(), logged.personAccountId(),
                logged.finished(), now));
        return logged.id();
    }

    /**
     * A message from a number that no account has (WhatsApp or SMS), for an officer to link: it is
     * logged with a follow-up due today. Server-side only (the messaging module's signed webhook).
     *
     * @return the contact's id
     */
    @Transactional
    public long receivedFromUnknownNumber(Channel channel, String senderName, String mobile, String topic,
                                          String text, String receivedBy) {
        Instant now = clock.instant();
        String name = senderName == null || senderName.isBlank() ? mobile : cut(senderName.strip(), 200);
        LoggedContact logged = contacts.saveAndFlush(LoggedContact.received(channel, name, mobile,
                cut(topic, MAX_TOPIC), cut(text, MAX_OUTCOME), receivedBy, today(), now));
        Counter.builder("portal.contacts.logged").description("Contacts logged outside the portal, by channel")
                .tag("channel", channel.name()).register(meters).increment();
        events.publishEvent(new ContactLogged(logged.id(), logged.channel(), null, false, now));
        return logged.id();
    }

    /**
     * The officer links a contact that came in from an unknown number to the account with exactly
     * this e-mail or mobile, and may open a question in that account from what was written.
     *
     * @throws InvalidInputException when no account has it
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional
    public void linkToAccount(long contactId, long expectedVersion, String emailOrMobile, boolean openInquiry) {
        Caller me = Caller.current();
        AccountSummary account = accounts.findByEmailOrMobile(emailOrMobile)
                .orElseThrow(() -> InvalidInputException.of("account", "contact.account.notFound"));
        LoggedContact contact = contacts.findById(contactId).orElseThrow(InquiryNotFound::new);
        if (contact.version() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        contact.linkPerson(account.id(), account.fullName());
        if (openInquiry) {
            ContactRow row = contact.row();
            contact.linkInquiry(inquiries.recordFor(account, me, contact.channel(), row.topic(), row.outcome()));
        }
        contacts.saveAndFlush(contact);
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** The log, newest first; a null channel means every channel. */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ContactRow> recent(Channel channel, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        return contacts.recent(channel, PageRequest.of(offset / size, size)).stream().map(LoggedContact::row).toList();
    }

    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public long count(Channel channel) {
        return contacts.countRecent(channel);
    }

    /** Follow-ups whose date has come, oldest first. */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<ContactRow> followUpsDue(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        return contacts.followUpsDue(today(), PageRequest.of(offset / size, size)).stream()
                .map(LoggedContact::row).toList();
    }

    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public long countFollowUpsDue() {
        return contacts.countFollowUpsDue(today());
    }

    /** The follow-up was done; the contact is finished ({@link ContactFinished}). */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'VOLUNTEER_COORDINATOR')")
    @Transactional
    public void completeFollowUp(long contactId, long expectedVersion, String note) {
        String text = Inquiries.optionalText(note, "note", MAX_NOTE);
        LoggedContact contact = contacts.findById(contactId).orElseThrow(InquiryNotFound::new);
        if (contact.version() != expectedVersion) {
            throw new ChangedMeanwhile();
        }
        Instant now = clock.instant();
        contact.completeFollowUp(text, now);
        contacts.saveAndFlush(contact);
        events.publishEvent(new ContactFinished(contact.id(), contact.channel(), contact.personAccountId(), now));
    }

    /** Today in Saudi Arabia. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(PortalDates.zone()));
    }

    /**
     * The channel and the officer of a logged contact, for the survey that follows it. Server-side
     * only: never call it with an id from the browser.
     */
    @Transactional(readOnly = true)
    public Optional<CaseFacts> factsOf(long contactId) {
        return contacts.findById(contactId).map(c -> new CaseFacts(null, c.channel(), null, c.loggedByAccountId()));
    }
}
