package org.eshraqa.portal.messaging;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.shared.PortalDates;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff read about messages: those of one case with their delivery status, the latest across
 * all cases for the contact log, and the monthly counts for the staff summary. Mobile numbers are
 * shown by their last four digits only; a beneficiary reads none of this (their own messages are
 * the notices on their own pages).
 */
@Service
public class MessageLog {

    /**
     * One message in or out, as staff see it. {@code status} is null for a message that came in;
     * {@code failure} is the provider's reason for a message that failed, else null.
     */
    public record Line(long id, boolean outgoing, MessagingChannel channel, Purpose purpose, DeliveryStatus status,
                       Integer segments, String mobileTail, String detail, Instant at, Instant statusAt,
                       CaseKind caseKind, Long caseId, boolean media, String failure) {
    }

    /** A photo or PDF a person sent, checked by the upload rules. */
    public record Media(String fileName, String mediaType, byte[] content) {
    }

    /** Messages and segments sent in one month on one channel (the association's time zone). */
    public record Month(YearMonth month, MessagingChannel channel, long messages, long segments) {
    }

    private static final int MAX = 100;

    /** Where the monthly counts' quarter hours are counted from (UTC, as the columns hold times). */
    private static final Instant QUARTERS_FROM = Instant.parse("2000-01-01T00:00:00Z");

    private final OutboundMessageRepository outbound;
    private final InboundMessageRepository inbound;
    private final JdbcClient jdbc;
    private final org.eshraqa.portal.audit.AccessLog accessLog;

    MessageLog(OutboundMessageRepository outbound, InboundMessageRepository inbound, JdbcClient jdbc,
               org.eshraqa.portal.audit.AccessLog accessLog) {
        this.outbound = outbound;
        this.inbound = inbound;
        this.jdbc = jdbc;
        this.accessLog = accessLog;
    }

    /**
     * The photo or PDF that came with a message, for the officer who decides what to do with it.
     * Each opening is written to the access log of the person who sent it.
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER')")
    @Transactional(readOnly = true)
    public java.util.Optional<Media> media(long inboundId) {
        return inbound.findById(inboundId).filter(m -> m.mediaFileName() != null).flatMap(m -> jdbc
                .sql("select content from inbound_media where inbound_id = :id").param("id", inboundId)
                .query(byte[].class).optional().map(bytes -> {
                    accessLog.opened(org.eshraqa.portal.audit.RecordKind.INQUIRY,
                            m.inquiryId() != null ? m.inquiryId() : m.id(), m.mediaFileName(), m.accountId());
                    return new Media(m.mediaFileName(), m.mediaType(), bytes);
                }));
    }

    /** The messages of one case, newest first. */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'COMMITTEE_MEMBER', 'VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<Line> forCase(CaseKind kind, long caseId) {
        List<Line> lines = new ArrayList<>();
        outbound.findByCaseKindAndCaseIdOrderByIdDesc(kind, caseId, PageRequest.of(0, MAX)).forEach(m -> lines.add(out(m)));
        if (kind == CaseKind.INQUIRY) {
            inbound.findByInquiryIdOrderByIdDesc(caseId, PageRequest.of(0, MAX)).forEach(m -> lines.add(in(m)));
        }
        lines.sort(Comparator.comparing(Line::at).reversed());
        return lines;
    }

    /** The latest messages in and out across all cases, for the contact log. */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'VOLUNTEER_COORDINATOR')")
    @Transactional(readOnly = true)
    public List<Line> recent(int limit) {
        int size = Math.max(1, Math.min(limit, MAX));
        List<Line> lines = new ArrayList<>();
        outbound.findAllByOrderByIdDesc(PageRequest.of(0, size)).forEach(m -> lines.add(out(m)));
        inbound.findAllByOrderByIdDesc(PageRequest.of(0, size)).forEach(m -> lines.add(in(m)));
        lines.sort(Comparator.comparing(Line::at).reversed());
        return lines.size() > size ? lines.subList(0, size) : lines;
    }

    /**
     * Messages the providers accepted and the segments billed, per month and channel, from
     * {@code from} to {@code to} inclusive. A month runs from midnight to midnight in the
     * association's time zone ({@code portal.time-zone}), so a message sent at 1 a.m. local time on
     * the first counts in the new month whatever the zone's offset.
     */
    @PreAuthorize("hasAnyRole('RELATIONS_OFFICER', 'SOCIAL_RESEARCHER', 'COMMITTEE_MEMBER', 'VOLUNTEER_COORDINATOR',"
            + " 'QUALITY_MANAGER', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Month> monthly(YearMonth from, YearMonth to) {
        // One pass over the table, counted per quarter hour (UTC); each quarter hour then falls in
        // one local month, whatever the zone's offset (every offset is a multiple of 15 minutes).
        Map<YearMonth, Map<MessagingChannel, long[]>> counts = new TreeMap<>();
        jdbc.sql("""
                        select timestampdiff(minute, '2000-01-01', coalesce(sent_at, created_at)) div 15 quarter,
                               channel, count(*) messages, coalesce(sum(segments), 0) segments
                        from outbound_message
                        where status in ('SENT', 'DELIVERED', 'READ')
                          and coalesce(sent_at, created_at) >= :from and coalesce(sent_at, created_at) < :to
                        group by quarter, channel
                        """)
                .param("from", utc(from.atDay(1)))
                .param("to", utc(to.plusMonths(1).atDay(1)))
                .query(rs -> {
                    YearMonth month = YearMonth.from(QUARTERS_FROM.plus(Duration.ofMinutes(15 * rs.getLong("quarter")))
                            .atZone(PortalDates.zone()));
                    long[] sum = counts.computeIfAbsent(month, m -> new EnumMap<>(MessagingChannel.class))
                            .computeIfAbsent(MessagingChannel.valueOf(rs.getString("channel")), c -> new long[2]);
                    sum[0] += rs.getLong("messages");
                    sum[1] += rs.getLong("segments");
                });
        List<Month> months = new ArrayList<>();
        counts.forEach((month, channels) -> channels.forEach((channel, sum) ->
                months.add(new Month(month, channel, sum[0], sum[1]))));
        return months;
    }

    /** Local midnight of this day in the association's zone, as the UTC time the columns hold. */
    private static LocalDateTime utc(LocalDate day) {
        return day.atStartOfDay(PortalDates.zone()).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
    }

    private static Line out(OutboundMessage m) {
        return new Line(m.id(), true, m.channel(), m.purpose(), m.status(), m.segments(), InboundMessages.tail(m.mobile()),
                m.templateName() != null ? m.templateName() : null, m.createdAt(), m.statusAt(), m.caseKind(),
                m.caseId(), false, m.status() == DeliveryStatus.FAILED ? m.lastError() : null);
    }

    private static Line in(InboundMessage m) {
        String detail = m.kind() == InboundMessage.Kind.OPT_OUT ? "OPT_OUT"
                : m.mediaFileName() != null ? m.mediaFileName() : m.mediaRefusal();
        return new Line(m.id(), false, m.channel(), null, null, null, InboundMessages.tail(m.mobile()), detail,
                m.receivedAt(), m.receivedAt(), m.inquiryId() != null ? CaseKind.INQUIRY : null,
                m.inquiryId() != null ? m.inquiryId() : m.contactId(), m.mediaFileName() != null, null);
    }
}
