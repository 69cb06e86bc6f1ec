package org.eshraqa.portal.surveys;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eshraqa.portal.identity.Caller;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The surveys module's API: a survey link opens and is answered once, without signing in (the
 * link is the key); the quality manager keeps the templates. Answers are checked here whatever the
 * page sent: scores in range, known dimensions only, a bounded comment.
 */
@Service
public class Surveys {

    static final int MAX_COMMENT = 2000;
    static final int MAX_INTRO = 1000;
    static final int MAX_DIMENSIONS = 8;

    private final SurveyTemplateRepository templates;
    private final SurveyInvitationRepository invitations;
    private final SurveyResponseRepository responses;
    private final SurveyRollups rollups;
    private final Clock clock;
    private final MeterRegistry meters;
    private final String baseUrl;

    Surveys(SurveyTemplateRepository templates, SurveyInvitationRepository invitations,
            SurveyResponseRepository responses, SurveyRollups rollups, Clock clock, MeterRegistry meters,
            @Value("${portal.base-url}") String baseUrl) {
        this.templates = templates;
        this.invitations = invitations;
        this.responses = responses;
        this.rollups = rollups;
        this.clock = clock;
        this.meters = meters;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    // ---------------------------------------------------------------- answering

    /** What this link opens; an unknown, malformed or forged token is {@code UNKNOWN}. */
    @Transactional(readOnly = true)
    public SurveyPage open(String token) {
        Optional<SurveyInvitation> found = find(token);
        if (found.isEmpty()) {
            return SurveyPage.closed(SurveyPage.State.UNKNOWN);
        }
        SurveyInvitation invitation = found.get();
        return switch (invitation.status(clock.instant())) {
            case ANSWERED -> SurveyPage.closed(SurveyPage.State.ANSWERED);
            case EXPIRED -> SurveyPage.closed(SurveyPage.State.EXPIRED);
            case OPEN -> new SurveyPage(SurveyPage.State.OPEN, invitation.context().trigger(), invitation.language(),
                    current(invitation.context().trigger()).view(false));
        };
    }

    /**
     * Records the answers, once: a used, expired or forged link is refused and nothing is stored.
     *
     * @throws InvalidInputException for scores out of range, an unknown dimension or a long comment
     * @throws SurveyClosed when the link cannot be answered (with the page state saying why)
     */
    @Transactional
    public void answer(String token, long templateId, SurveyAnswers answers) {
        SurveyInvitation invitation = find(token).orElseThrow(() -> new SurveyClosed(SurveyPage.State.UNKNOWN));
        Instant now = clock.instant();
        switch (invitation.status(now)) {
            case ANSWERED -> throw new SurveyClosed(SurveyPage.State.ANSWERED);
            case EXPIRED -> throw new SurveyClosed(SurveyPage.State.EXPIRED);
            default -> {
                // open: go on
            }
        }
        SurveyTemplate template = templates.findById(templateId)
                .filter(t -> t.trigger() == invitation.context().trigger())
                .orElseGet(() -> current(invitation.context().trigger()));
        SurveyAnswers checked = check(answers, template);
        invitation.answered(now);
        LocalDate today = LocalDate.now(clock.withZone(PortalDates.zone()));
        try {
            responses.saveAndFlush(new SurveyResponse(invitation.id(), template.id(), invitation.context(), checked, now,
                    today));
        } catch (DataIntegrityViolationException twice) {
            // The same link submitted twice at once: the unique invitation id keeps one.
            throw new SurveyClosed(SurveyPage.State.ANSWERED);
        }
        rollups.answered(invitation.context(), today, checked);
        meters.counter("portal.surveys.responses", "trigger", invitation.context().trigger().name()).increment();
    }

    /** The link of an invitation, for the mail and the bell that deliver it. Server-side only. */
    @Transactional(readOnly = true)
    public Optional<String> linkFor(long invitationId) {
        return invitations.findById(invitationId).map(i -> baseUrl + "/survey/" + i.token());
    }

    /** The signed-in person's surveys still open, newest first, each with its link. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<MySurvey> mine() {
        Instant now = clock.instant();
        return invitations.findByAccountIdAndAnsweredAtIsNullAndExpiresAtAfterOrderByCreatedAtDesc(
                        Caller.current().accountId(), now).stream()
                .map(i -> new MySurvey(i.id(), i.context().trigger(), i.createdAt(), i.expiresAt(),
                        "survey/" + i.token()))
                .toList();
    }

    // ---------------------------------------------------------------- templates

    /** The current version of every trigger's template. */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public List<TemplateView> templates() {
        return templates.findByCurrentVersionTrueOrderByTriggerType().stream().map(t -> t.view(answered(t))).toList();
    }

    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public TemplateView template(TriggerType trigger) {
        SurveyTemplate template = current(trigger);
        return template.view(answered(template));
    }

    /** The labels of every rated dimension any version ever asked, by code (the latest label wins). */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public Map<String, TemplateDimension> dimensionLabels() {
        Map<String, TemplateDimension> labels = new LinkedHashMap<>();
        templates.findAll(org.springframework.data.domain.Sort.by("versionNumber")).forEach(t ->
                t.dimensions().forEach(d -> labels.put(d.code(), d)));
        return labels;
    }

    /** Every version of a trigger's template, newest first. */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional(readOnly = true)
    public List<TemplateView> history(TriggerType trigger) {
        return templates.findByTriggerTypeOrderByVersionNumberDesc(trigger).stream().map(t -> t.view(answered(t)))
                .toList();
    }

    /**
     * Changes a trigger's template. A version already answered is kept as it is and a new version
     * becomes current; an unanswered one is changed in place.
     *
     * @return the current version after the change
     * @throws InvalidInputException naming what is wrong
     * @throws TemplateChangedMeanwhile when someone else changed it since {@code expectedVersion}
     */
    @PreAuthorize("hasRole('QUALITY_MANAGER')")
    @Transactional
    public TemplateView saveTemplate(TriggerType trigger, long expectedVersion, TemplateDraft draft) {
        Caller me = Caller.current();
        TemplateDraft checked = check(draft);
        SurveyTemplate current = current(trigger);
        if (current.version() != expectedVersion) {
            throw new TemplateChangedMeanwhile();
        }
        if (!answered(current)) {
            current.apply(checked);
            return templates.saveAndFlush(current).view(false);
        }
        current.retire();
        templates.saveAndFlush(current);
        SurveyTemplate next = templates.saveAndFlush(new SurveyTemplate(trigger, current.versionNumber() + 1, checked,
                me.accountId(), clock.instant()));
        return next.view(false);
    }

    // ---------------------------------------------------------------- internals

    private Optional<SurveyInvitation> find(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(sha256(token));
    }

    SurveyTemplate current(TriggerType trigger) {
        return templates.findByTriggerTypeAndCurrentVersionTrue(trigger)
                .orElseThrow(() -> new IllegalStateException("No survey template for " + trigger));
    }

    private boolean answered(SurveyTemplate template) {
        return template.id() != null && responses.existsByTemplateId(template.id());
    }

    private static SurveyAnswers check(SurveyAnswers a, SurveyTemplate template) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (a.csat() == null) {
            errors.put("csat", "survey.csat.required");
        } else if (a.csat() < 1 || a.csat() > 5) {
            errors.put("csat", "survey.score.range");
        }
        if (a.ces() != null && (a.ces() < 1 || a.ces() > 7)) {
            errors.put("ces", "survey.score.range");
        }
        if (a.nps() != null && (a.nps() < 0 || a.nps() > 10)) {
            errors.put("nps", "survey.score.range");
        }
        Set<String> known = new HashSet<>();
        template.dimensions().forEach(d -> known.add(d.code()));
        Map<String, Integer> ratings = new LinkedHashMap<>();
        a.ratings().forEach((code, rating) -> {
            if (!known.contains(code)) {
                errors.put("ratings", "survey.dimension.unknown");
            } else if (rating != null && (rating < 1 || rating > 5)) {
                errors.put("rating." + code, "survey.score.range");
            } else if (rating != null) {
                ratings.put(code, rating);
            }
        });
        String comment = a.comment() == null || a.comment().isBlank() ? null : a.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            errors.put("comment", "survey.comment.tooLong");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SurveyAnswers(a.csat(), ratings, a.ces(), a.nps(), comment, a.mayContact());
    }

    private static TemplateDraft check(TemplateDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String introAr = intro(draft.introAr(), "introAr", errors);
        String introEn = intro(draft.introEn(), "introEn", errors);
        if (draft.dimensions().size() > MAX_DIMENSIONS) {
            errors.put("dimensions", "survey.template.tooManyDimensions");
        }
        Map<String, TemplateDimension> byCode = new LinkedHashMap<>();
        for (int i = 0; i < draft.dimensions().size(); i++) {
            TemplateDimension d = draft.dimensions().get(i);
            String code = d.code() == null ? "" : d.code().strip().toUpperCase(java.util.Locale.ROOT);
            String ar = d.labelAr() == null ? "" : d.labelAr().strip();
            String en = d.labelEn() == null ? "" : d.labelEn().strip();
            if (!code.matches("[A-Z][A-Z0-9_]{1,19}")) {
                errors.put("dimensions." + i, "survey.template.code");
            } else if (ar.isEmpty() || en.isEmpty() || ar.length() > 100 || en.length() > 100) {
                errors.put("dimensions." + i, "survey.template.label");
            } else if (byCode.putIfAbsent(code, new TemplateDimension(code, ar, en)) != null) {
                errors.put("dimensions." + i, "survey.template.codeTwice");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new TemplateDraft(introAr, introEn, List.copyOf(byCode.values()));
    }

    private static String intro(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "field.required");
            return null;
        }
        if (text.strip().length() > MAX_INTRO) {
            errors.put(field, "survey.template.introTooLong");
        }
        return text.strip();
    }

    static String sha256(String token) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
