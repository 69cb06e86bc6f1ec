package org.eshraqa.portal.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log's API. Modules call {@link #opened} whenever staff open a sensitive record; it
 * writes in a transaction of its own, so a read-only view still leaves its trace. Re-opening the
 * same record within {@code portal.access-log.collapse} (a page refreshing after each action)
 * counts once.
 */
@Service
public class AccessLog {

    private final AccessEntryRepository entries;
    private final Clock clock;
    private final Duration collapse;
    private final boolean showStaffNames;

    AccessLog(AccessEntryRepository entries, Clock clock,
              @Value("${portal.access-log.collapse:10m}") Duration collapse,
              @Value("${portal.access-log.show-staff-names:false}") boolean showStaffNames) {
        this.entries = entries;
        this.clock = clock;
        this.collapse = collapse;
        this.showStaffNames = showStaffNames;
    }

    /**
     * Records that the signed-in member of staff opened a record.
     *
     * @param subjectAccountId whose file it is (null when the person has no account yet)
     * @param label            what the administrator and the person recognise, e.g. the request reference
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void opened(RecordKind kind, long recordId, String label, Long subjectAccountId) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalPrincipal staff)) {
            throw new AccessDeniedException("Not signed in");
        }
        Role role = staffRole(authentication);
        if (role == null) {
            return;
        }
        Instant now = clock.instant();
        if (entries.existsByStaffAccountIdAndKindAndRecordIdAndOpenedAtAfter(staff.accountId(), kind, recordId,
                now.minus(collapse))) {
            return;
        }
        entries.save(new AccessEntry(now, staff.accountId(), staff.displayName(), role, subjectAccountId, kind,
                recordId, label));
    }

    /** Openings of one record by one member of staff within this many minutes are listed once. */
    public long collapseMinutes() {
        return collapse.toMinutes();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccessLogRow> search(AccessLogFilter filter, int offset, int limit) {
        return entries.search(like(filter.staff()), like(filter.record()), filter.kind(), start(filter), end(filter),
                        PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)))
                .stream().map(AccessEntry::row).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(AccessLogFilter filter) {
        return entries.count(like(filter.staff()), like(filter.record()), filter.kind(), start(filter), end(filter));
    }

    /** Who at the association opened the signed-in person's file, newest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<OpenedMyFile> openedMyFile(int offset, int limit) {
        long me = me().accountId();
        return entries.findBySubjectAccountIdOrderByOpenedAtDescIdDesc(me,
                        PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)))
                .stream().map(e -> e.forSubject(showStaffNames)).toList();
    }

    /** Every opening of this person's file, for their copy of their data; module-internal. */
    List<OpenedMyFile> openedFileOf(long accountId) {
        return entries.findBySubjectAccountIdOrderByOpenedAtDescIdDesc(accountId, org.springframework.data.domain.Pageable.unpaged())
                .stream().map(e -> e.forSubject(showStaffNames)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public long countOpenedMyFile() {
        return entries.countBySubjectAccountId(me().accountId());
    }

    /** Whether people see the names of the staff who opened their file, or only their roles. */
    public boolean showsStaffNames() {
        return showStaffNames;
    }

    private static PortalPrincipal me() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return principal;
        }
        throw new AccessDeniedException("Not signed in");
    }

    /** The staff role the log names: the first staff role the person holds, in the roles' order. */
    private static Role staffRole(Authentication authentication) {
        Set<String> held = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return Arrays.stream(Role.values()).filter(Role::isStaff).filter(r -> held.contains(r.authority()))
                .findFirst().orElse(null);
    }

    private static String like(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // '!' is the queries' escape character: the same in every SQL mode, unlike the backslash.
        String escaped = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_");
        return "%" + escaped + "%";
    }

    private static Instant start(AccessLogFilter filter) {
        return filter.from() == null ? null : filter.from().atStartOfDay(PortalDates.zone()).toInstant();
    }

    private static Instant end(AccessLogFilter filter) {
        return filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(PortalDates.zone()).toInstant();
    }
}
