package org.eshraqa.portal.content;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalPrincipal;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The content module's API. Anyone, signed in or not, reads the published pages, FAQ and public
 * guides; staff also read the staff-only guides. A guide a person may not read is "not found",
 * here and not only in the views, whether it is asked for by address, listed or searched.
 * Only the administrator writes.
 */
@Service
public class Content {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 100_000;
    static final int MAX_RESULTS = 20;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_SLUG = 80;
    private static final int SORT_STEP = 10;
    private static final Set<String> STAFF_AUTHORITIES = Arrays.stream(Role.values()).filter(Role::isStaff)
            .map(Role::authority).collect(Collectors.toUnmodifiableSet());

    private final ContentEntryRepository entries;
    private final EntityManager entityManager;
    private final Clock clock;

    Content(ContentEntryRepository entries, EntityManager entityManager, Clock clock) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reading

    /** A published page, e.g. {@code about} or {@code contact}. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Article> page(String slug) {
        return readable(ContentKind.PAGE, slug);
    }

    /** The published FAQ, in the administrator's order. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<Article> faq() {
        return entries.findByKindAndPublishedTrueOrderBySortOrderAscIdAsc(ContentKind.FAQ).stream()
                .map(ContentEntry::article).toList();
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Article> faqEntry(String slug) {
        return readable(ContentKind.FAQ, slug);
    }

    /** The published guides this person may read: public ones for everyone, staff-only ones for staff. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<EntrySummary> guides() {
        boolean staff = callerIsStaff();
        return entries.summaries(ContentKind.GUIDE).stream()
                .filter(g -> g.published() && (g.audience() == Audience.PUBLIC || staff)).toList();
    }

    /** A guide, or empty when it does not exist, is not published or is for staff and the caller is not. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<Article> guide(String slug) {
        return readable(ContentKind.GUIDE, slug);
    }

    /**
     * FAQ entries and guides whose title or text holds every word of the query, compared in the
     * normalised form of {@link SearchText} (so "أخرى", "اخرى" and "أُخْرَى" are one word). FAQ entries
     * first. Staff-only guides are found by staff only.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<EntrySummary> search(String query) {
        List<String> terms = SearchText.terms(query);
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("""
                select new org.eshraqa.portal.content.EntrySummary(e.id, e.kind, e.slug, e.audience, e.titleAr,
                    e.titleEn, e.published, e.version, e.updatedAt)
                from ContentEntry e
                where e.published = true and e.kind in :kinds and e.audience in :audiences""");
        for (int i = 0; i < terms.size(); i++) {
            jpql.append(" and e.searchText like :t").append(i);
        }
        jpql.append(" order by e.kind, e.sortOrder, e.id");
        TypedQuery<EntrySummary> found = entityManager.createQuery(jpql.toString(), EntrySummary.class)
                .setParameter("kinds", EnumSet.of(ContentKind.FAQ, ContentKind.GUIDE))
                .setParameter("audiences", callerIsStaff() ? EnumSet.allOf(Audience.class) : EnumSet.of(Audience.PUBLIC))
                .setMaxResults(MAX_RESULTS);
        for (int i = 0; i < terms.size(); i++) {
            // Terms hold only letters and digits: nothing in them can act as a LIKE wildcard.
            found.setParameter("t" + i, "%" + terms.get(i) + "%");
        }
        return found.getResultList();
    }

    // ---------------------------------------------------------------- administration

    /** Every entry of a kind, published or not, for the editor's table. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<EntrySummary> entries(ContentKind kind) {
        return entries.summaries(kind);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<EntryDraft> draft(long id) {
        return entries.findById(id).map(ContentEntry::draft);
    }

    /** The Markdown as readers will see it. */
    @PreAuthorize("hasRole('ADMIN')")
    public String preview(String markdown) {
        return Markdown.toSafeHtml(markdown);
    }

    /**
     * Creates an FAQ entry or guide ({@code id} null), or changes any entry if nobody else changed
     * it since the administrator loaded {@code version}.
     *
     * @return the entry's id
     * @throws InvalidInputException with a message key per field
     * @throws EditConflict when the entry changed or disappeared meanwhile
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long save(EntryDraft draft) {
        long me = currentAccountId();
        ContentEntry entry;
        EntryDraft clean;
        if (draft.id() == null) {
            if (draft.kind() == ContentKind.PAGE) {
                throw InvalidInputException.of("kind", "content.page.fixed");
            }
            clean = check(draft);
            entry = new ContentEntry(draft.kind(), entries.maxSortOrder(draft.kind()) + SORT_STEP);
        } else {
            entry = current(draft.id(), draft.version());
            // The stored kind counts, whatever kind the draft claims: a page keeps its slug.
            clean = check(withKind(draft, entry.kind()));
        }
        entry.write(clean, me, clock.instant());
        return flush(entry).id();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void publish(long id, long version, boolean published) {
        ContentEntry entry = current(id, version);
        entry.publish(published, currentAccountId(), clock.instant());
        flush(entry);
    }

    /** Removes an FAQ entry or guide. The portal's pages can be hidden but not removed. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void delete(long id, long version) {
        ContentEntry entry = current(id, version);
        if (entry.kind() == ContentKind.PAGE) {
            throw InvalidInputException.of("kind", "content.page.fixed");
        }
        entries.delete(entry);
        entries.flush();
    }

    /** Moves an entry one place up or down among the entries of its kind. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void move(long id, boolean up) {
        ContentEntry entry = entries.findById(id).orElseThrow(EditConflict::new);
        List<ContentEntry> siblings = new ArrayList<>(entries.findByKindOrderBySortOrderAscIdAsc(entry.kind()));
        int at = siblings.indexOf(entry);
        int to = up ? at - 1 : at + 1;
        if (at < 0 || to < 0 || to >= siblings.size()) {
            return;
        }
        siblings.add(to, siblings.remove(at));
        // Renumber the whole kind: equal or crowded sort orders from older data cannot stall a move.
        for (int i = 0; i < siblings.size(); i++) {
            int sortOrder = (i + 1) * SORT_STEP;
            if (siblings.get(i).sortOrder() != sortOrder) {
                entries.moveTo(siblings.get(i).id(), sortOrder);
            }
        }
    }

    // ---------------------------------------------------------------- internals

    private Optional<Article> readable(ContentKind kind, String slug) {
        if (slug == null || slug.length() > MAX_SLUG) {
            return Optional.empty();
        }
        boolean staff = callerIsStaff();
        return entries.findByKindAndSlug(kind, slug).filter(e -> e.readableBy(staff)).map(ContentEntry::article);
    }

    private ContentEntry current(long id, long version) {
        ContentEntry entry = entries.findById(id).orElseThrow(EditConflict::new);
        if (entry.version() != version) {
            throw new EditConflict();
        }
        return entry;
    }

    private ContentEntry flush(ContentEntry entry) {
        try {
            return entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflict();
        }
    }

    /** The draft with its text trimmed, or every field's problem at once. */
    private EntryDraft check(EntryDraft draft) {
        if (draft.kind() == null) {
            throw InvalidInputException.of("kind", "content.validation.kind");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String titleAr = text(draft.titleAr(), MAX_TITLE, "titleAr", "content.validation.title", errors);
        String titleEn = text(draft.titleEn(), MAX_TITLE, "titleEn", "content.validation.title", errors);
        String bodyAr = text(draft.bodyAr(), MAX_BODY, "bodyAr", "content.validation.body", errors);
        String bodyEn = text(draft.bodyEn(), MAX_BODY, "bodyEn", "content.validation.body", errors);
        String slug = draft.slug() == null ? "" : draft.slug().strip();
        if (draft.kind() != ContentKind.PAGE) {
            if (slug.isEmpty() || slug.length() > MAX_SLUG || !SLUG.matcher(slug).matches()) {
                errors.put("slug", "content.validation.slug");
            } else if (draft.id() == null ? entries.existsByKindAndSlug(draft.kind(), slug)
                    : entries.existsByKindAndSlugAndIdNot(draft.kind(), slug, draft.id())) {
                errors.put("slug", "content.validation.slug.taken");
            }
        }
        Audience audience = draft.audience() == null ? Audience.PUBLIC : draft.audience();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new EntryDraft(draft.id(), draft.kind(), slug, audience, titleAr, titleEn, bodyAr, bodyEn,
                draft.published(), draft.version());
    }

    private static EntryDraft withKind(EntryDraft draft, ContentKind kind) {
        return new EntryDraft(draft.id(), kind, draft.slug(), draft.audience(), draft.titleAr(), draft.titleEn(),
                draft.bodyAr(), draft.bodyEn(), draft.published(), draft.version());
    }

    private static String text(String value, int max, String field, String key, Map<String, String> errors) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            errors.put(field, key + ".required");
        } else if (stripped.length() > max) {
            errors.put(field, key + ".tooLong");
        }
        return stripped;
    }

    private static boolean callerIsStaff() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() && authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(STAFF_AUTHORITIES::contains);
    }

    private static long currentAccountId() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalPrincipal principal) {
            return principal.accountId();
        }
        throw new AccessDeniedException("Not signed in");
    }
}
