package org.eshraqa.portal.surveys;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Improvement actions: the quality manager records what is being done about a theme of feedback,
 * with owner, due date and status, and publishes the done ones, so that people see their ratings
 * changed something (P-7.2, P-7.5).
 */
@Service
public class ImprovementActions {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;

    private final ImprovementActionRepository actions;
    private final Accounts accounts;
    private final Clock clock;

    ImprovementActions(ImprovementActionRepository actions, Accounts accounts, Clock clock) {
        this.actions = actions;
        this.accounts = accounts;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public List<ActionView> all() {
        return actions.findAllByOrderByDueOnAscIdAsc().stream().map(this::view).toList();
    }

    /** The published ones, newest first: public, in both languages. */
    @Transactional(readOnly = true)
    public List<ActionView> published() {
        return actions.findByPublishedTrueOrderByPublishedAtDesc().stream()
                .map(a -> a.view(null)).toList();
    }

    /** Staff who may own an action. */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public List<AccountSummary> possibleOwners() {
        return accounts.activeStaffWith(Set.of(Role.values()));
    }

    /**
     * Creates ({@code id} null) or changes an action.
     *
     * @throws InvalidInputException naming what is wrong
     * @throws TemplateChangedMeanwhile when someone else changed it meanwhile
     */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional
    public ActionView save(Long id, long expectedVersion, ActionDraft draft) {
        ActionDraft checked = check(draft);
        if (id == null) {
            return view(actions.saveAndFlush(new ImprovementAction(checked, clock.instant())));
        }
        ImprovementAction action = actions.findById(id).orElseThrow(TemplateChangedMeanwhile::new);
        if (action.version() != expectedVersion) {
            throw new TemplateChangedMeanwhile();
        }
        action.apply(checked);
        return view(actions.saveAndFlush(action));
    }

    /** Publishes a done action on the public page, or takes it down. */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional
    public ActionView publish(long id, long expectedVersion, boolean publish) {
        ImprovementAction action = actions.findById(id).orElseThrow(TemplateChangedMeanwhile::new);
        if (action.version() != expectedVersion) {
            throw new TemplateChangedMeanwhile();
        }
        if (publish && action.status() != ActionStatus.DONE) {
            throw InvalidInputException.of("published", "improvement.publish.notDone");
        }
        action.publish(publish, clock.instant());
        return view(actions.saveAndFlush(action));
    }

    private ActionView view(ImprovementAction action) {
        return action.view(accounts.summaryOf(action.ownerAccountId()).map(AccountSummary::fullName).orElse(""));
    }

    private ActionDraft check(ActionDraft d) {
        Map<String, String> errors = new LinkedHashMap<>();
        String titleAr = text(d.titleAr(), MAX_TITLE, "titleAr", errors);
        String titleEn = text(d.titleEn(), MAX_TITLE, "titleEn", errors);
        String saidAr = text(d.saidAr(), MAX_TEXT, "saidAr", errors);
        String saidEn = text(d.saidEn(), MAX_TEXT, "saidEn", errors);
        String didAr = text(d.didAr(), MAX_TEXT, "didAr", errors);
        String didEn = text(d.didEn(), MAX_TEXT, "didEn", errors);
        if (d.ownerAccountId() == null || accounts.summaryOf(d.ownerAccountId()).filter(AccountSummary::isStaff)
                .isEmpty()) {
            errors.put("owner", "improvement.owner.invalid");
        }
        if (d.dueOn() == null) {
            errors.put("dueOn", "field.required");
        }
        if (d.status() == null) {
            errors.put("status", "field.required");
        }
        if (d.themeDimension() != null && (d.themeValue() == null || d.themeValue().isBlank()
                || d.themeValue().length() > 40)) {
            errors.put("themeValue", "field.required");
        }
        String period = d.periodLabel() == null || d.periodLabel().isBlank() ? null : d.periodLabel().strip();
        if (period != null && period.length() > 100) {
            errors.put("periodLabel", "improvement.text.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ActionDraft(titleAr, titleEn, saidAr, saidEn, didAr, didEn, d.themeDimension(),
                d.themeDimension() == null ? null : d.themeValue().strip(), d.ratingCode(), period, d.ownerAccountId(),
                d.dueOn(), d.status());
    }

    private static String text(String text, int max, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "field.required");
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            errors.put(field, "improvement.text.tooLong");
        }
        return value;
    }
}
