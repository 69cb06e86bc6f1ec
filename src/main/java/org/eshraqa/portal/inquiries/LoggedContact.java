package org.eshraqa.portal.inquiries;

import org.eshraqa.portal.shared.crypto.RowSeal;
import org.eshraqa.portal.shared.crypto.SealedFields;
import org.eshraqa.portal.identity.Caller;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.eshraqa.portal.shared.Channel;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A contact that happened outside the portal (P-8): who, through which channel, about what, what
 * came of it, and when to follow up. Finished when logged without a follow-up, or when the
 * follow-up is done.
 */
@Entity
@Table(name = "contact_log")
class LoggedContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Channel channel;

    private Long personAccountId;

    private String personName;

    private String personMobile;

    private String topic;

    /** Binds the sealed fields to this row (see {@link SealedFields}); set once, never changed. */
    private String rowKey;

    private String outcome;

    private LocalDate followUpOn;

    private Instant followUpDoneAt;

    private String followUpNote;

    private Long inquiryId;

    /** Null for a message that came in by itself (WhatsApp or SMS from an unknown number). */
    private Long loggedByAccountId;

    private String loggedByName;

    private Instant loggedAt;

    @Version
    private long version;

    protected LoggedContact() {
    }

    LoggedContact(Channel channel, Long personAccountId, String personName, String personMobile, String topic,
                  String outcome, LocalDate followUpOn, Caller staff, Instant now) {
        this.channel = channel;
        this.personAccountId = personAccountId;
        this.personName = personName;
        this.personMobile = personMobile;
        this.topic = topic;
        this.outcome = sealed().seal("outcome", outcome);
        this.followUpOn = followUpOn;
        this.loggedByAccountId = staff.accountId();
        this.loggedByName = staff.name();
        this.loggedAt = now;
    }

    /**
     * A message from a number no account has, logged by the messaging webhook, with a follow-up due
     * today so that an officer sees it and links it to the person.
     */
    static LoggedContact received(Channel channel, String senderName, String mobile, String topic, String text,
                                  String receivedBy, LocalDate today, Instant now) {
        LoggedContact contact = new LoggedContact();
        contact.channel = channel;
        contact.personName = senderName;
        contact.personMobile = mobile;
        contact.topic = topic;
        contact.outcome = contact.sealed().seal("outcome", text);
        contact.followUpOn = today;
        contact.loggedByName = receivedBy;
        contact.loggedAt = now;
        return contact;
    }

    /** An officer found whose number it was: the contact now names that account. */
    void linkPerson(long accountId, String name) {
        if (personAccountId != null) {
            throw new InquiryRefused("contact.refused.linked");
        }
        personAccountId = accountId;
        personName = name;
    }

    void linkInquiry(long inquiryId) {
        this.inquiryId = inquiryId;
    }

    void completeFollowUp(String note, Instant now) {
        if (followUpOn == null || followUpDoneAt != null) {
            throw new InquiryRefused("contact.refused.noFollowUp");
        }
        followUpDoneAt = now;
        followUpNote = sealed().seal("follow_up_note", note);
    }

    boolean finished() {
        return followUpOn == null || followUpDoneAt != null;
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    Channel channel() {
        return channel;
    }

    Long loggedByAccountId() {
        return loggedByAccountId;
    }

    Long personAccountId() {
        return personAccountId;
    }

    ContactRow row() {
        return new ContactRow(id, channel, personAccountId != null, personName, personMobile, topic, sealed().open("outcome", outcome),
                followUpOn, followUpDoneAt, sealed().open("follow_up_note", followUpNote), inquiryId, loggedByName, loggedAt, version);
    }

    /** This row's sealed fields (see {@link RowSeal}); makes the row key on first use. */
    private RowSeal sealed() {
        return RowSeal.of("contact_log", rowKey, created -> rowKey = created);
    }
}
