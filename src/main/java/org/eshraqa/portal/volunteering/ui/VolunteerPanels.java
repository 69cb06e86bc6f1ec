package org.eshraqa.portal.volunteering.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;
import static org.eshraqa.portal.shared.ui.Panels.item;
import static org.eshraqa.portal.shared.ui.Panels.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.eshraqa.portal.shared.NationalId;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.SaudiMobile;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.eshraqa.portal.shared.casefile.ui.CaseFilePanels;
import org.eshraqa.portal.shared.ui.PortalIcon;
import org.eshraqa.portal.volunteering.ApplicationState;
import org.eshraqa.portal.volunteering.ApplicationView;
import org.eshraqa.portal.volunteering.Availability;
import org.eshraqa.portal.volunteering.EnrolmentState;
import org.eshraqa.portal.volunteering.Licence;
import org.eshraqa.portal.volunteering.MeetingMode;
import org.eshraqa.portal.volunteering.OpportunityView;
import org.eshraqa.portal.volunteering.VolunteerDocumentInfo;
import org.eshraqa.portal.volunteering.VolunteerFile;
import org.eshraqa.portal.volunteering.VolunteerProfile;

/**
 * What the volunteer and the coordinator both see of an application — the mirror — and of an
 * opportunity. Text people wrote is always set as text, never as markup.
 */
final class VolunteerPanels {

    private VolunteerPanels() {
    }

    static Span badge(ApplicationState state) {
        Span badge = new Span(t("volunteerState." + state.name()));
        theme(badge, switch (state) {
            case ACCEPTED, ACTIVE -> "badge success";
            case REJECTED, WITHDRAWN -> "badge contrast";
            case INTERVIEW -> "badge primary";
            default -> "badge";
        });
        return badge;
    }

    /** A place's state; the coordinator reads it about the volunteer, the volunteer about themselves. */
    static Span badge(EnrolmentState state, boolean forStaff) {
        Span badge = new Span(t((forStaff ? "enrolmentState.staff." : "enrolmentState.") + state.name()));
        theme(badge, switch (state) {
            case ACCEPTED -> "badge success";
            case DECLINED, WITHDRAWN, CANCELLED -> "badge contrast";
            case APPLIED -> "badge";
        });
        return badge;
    }

    private static void theme(Span badge, String theme) {
        badge.getElement().getThemeList().add(theme);
        badge.getElement().setAttribute("theme", theme);
    }

    /** The interview: when (both calendars and the time), and where or through which link. */
    static Section interview(ApplicationView application) {
        Locale locale = UI.getCurrent().getLocale();
        DescriptionList list = new DescriptionList();
        list.addClassName("portal-details");
        item(list, "volunteer.interview.when", PortalDates.dateTime(application.interviewAt(), locale));
        item(list, "volunteer.interview.mode", t("meetingMode." + application.interviewMode().name()));
        Section section = card("interview", "volunteer.interview.title", list);
        if (application.interviewMode() == MeetingMode.REMOTE) {
            Anchor link = new Anchor(application.interviewLocation(), application.interviewLocation());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.getElement().setAttribute("dir", "ltr");
            list.add(new DescriptionList.Term(t("volunteer.interview.link.label")),
                    new DescriptionList.Description(link));
        } else {
            item(list, "volunteer.interview.place", application.interviewLocation());
        }
        return section;
    }

    /**
     * Everything the volunteer told about themselves. The volunteer sees only the last digits of
     * their national ID; the coordinator, who checks it, sees all of it.
     */
    static Section profile(VolunteerProfile p, boolean forStaff) {
        Locale locale = UI.getCurrent().getLocale();
        DescriptionList list = new DescriptionList();
        list.addClassName("portal-details");
        item(list, "volunteer.fullName", p.fullName());
        item(list, "applicant.nationalId", p.nationalId() == null ? null : forStaff ? p.nationalId()
                : NationalId.parse(p.nationalId()).map(NationalId::masked).orElse(p.nationalId()));
        item(list, "applicant.birthDate", p.birthDate() == null ? null : PortalDates.both(p.birthDate(), locale));
        item(list, "applicant.gender", p.gender() == null ? null : t("volunteerGender." + p.gender().name()));
        item(list, "applicant.region", p.region() == null ? null : t("applicant.region." + p.region().name()));
        item(list, "applicant.city", p.city());
        item(list, "register.mobile", p.mobile() == null ? null
                : SaudiMobile.parse(p.mobile()).map(SaudiMobile::local).orElse(p.mobile()));
        item(list, "applicant.email", p.email());
        item(list, "volunteer.education", p.education() == null ? null : t("education." + p.education().name()));
        item(list, "volunteer.fieldOfStudy", p.fieldOfStudy());
        item(list, "volunteer.skills", names("skill.", p.skills()));
        item(list, "volunteer.languages", names("language.", p.languages()));
        item(list, "volunteer.interests", names("interest.", p.interests()));
        item(list, "volunteer.licences", p.licences().isEmpty() ? null
                : p.licences().stream().map(VolunteerPanels::licence).collect(Collectors.joining(t("volunteer.separator.strong"))));
        item(list, "volunteer.availability", p.availability().isEmpty() ? null
                : p.availability().stream().map(VolunteerPanels::slot).collect(Collectors.joining(t("volunteer.separator"))));
        Section section = card("volunteer-profile", forStaff ? "volunteer.profile.title.staff" : "volunteer.profile.title", list);
        paragraph(section, "volunteer.experience", p.experience());
        paragraph(section, "volunteer.motivation", p.motivation());
        return section;
    }

    private static void paragraph(Section section, String labelKey, String text) {
        if (text != null && !text.isBlank()) {
            Paragraph label = new Paragraph(t(labelKey));
            label.addClassName("portal-hint");
            Paragraph body = new Paragraph(text);
            body.addClassName("portal-prewrap");
            section.add(label, body);
        }
    }

    static String names(String prefix, Collection<? extends Enum<?>> values) {
        return values.isEmpty() ? null : values.stream().sorted().map(v -> t(prefix + v.name()))
                .collect(Collectors.joining(t("volunteer.separator")));
    }

    private static String licence(Licence licence) {
        Locale locale = UI.getCurrent().getLocale();
        String kind = licence.kind() == null ? "" : t("licenceKind." + licence.kind().name());
        String number = licence.number() == null ? "" : " " + licence.number();
        String expiry = licence.expiresOn() == null ? "" : " — " + t("volunteer.licence.until",
                PortalDates.both(licence.expiresOn(), locale));
        return kind + number + expiry;
    }

    static String slot(Availability slot) {
        Locale locale = UI.getCurrent().getLocale();
        if (slot.day() == null || slot.from() == null || slot.to() == null) {
            return t("volunteer.availability.incomplete");
        }
        return t("volunteer.slot", slot.day().getDisplayName(java.time.format.TextStyle.FULL, locale),
                PortalDates.time(slot.from(), locale), PortalDates.time(slot.to(), locale));
    }

    static OrderedList timeline(List<ApplicationView.TimelineEntry> entries) {
        Locale locale = UI.getCurrent().getLocale();
        OrderedList list = new OrderedList();
        list.addClassName("portal-timeline");
        list.setId("timeline");
        for (ApplicationView.TimelineEntry entry : entries) {
            ListItem line = new ListItem(new Span(PortalDates.dateTime(entry.at(), locale)), new Span(" — "),
                    new Span(entry.isReschedule() ? t("volunteer.timeline.rescheduled")
                            : t("volunteerState." + entry.to().name())));
            if (entry.note() != null) {
                Paragraph note = new Paragraph(entry.note());
                note.addClassName("portal-prewrap");
                line.add(note);
            }
            list.add(line);
        }
        return list;
    }

    static Section documents(List<VolunteerDocumentInfo> documents, DocumentSource source) {
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-documents");
        list.setId("volunteer-documents");
        for (VolunteerDocumentInfo d : documents) {
            list.add(new ListItem(PortalIcon.FILE_TEXT_O.create(), new Span(t("volunteerDocument." + d.kind().name())
                    + ": "), download(d.fileName(), () -> source.open(d.id()))));
        }
        if (documents.isEmpty()) {
            list.add(new ListItem(t("document.none")));
        }
        return card("documents", "volunteer.documents.title", list);
    }

    /** Opens an uploaded document for the person looking; the service checks who may. */
    interface DocumentSource {
        VolunteerFile open(long documentId);
    }

    /** A link that streams the file when clicked; the bytes are read only then. */
    static Anchor download(String label, Supplier<VolunteerFile> file) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            VolunteerFile f = file.get();
            return new DownloadResponse(new ByteArrayInputStream(f.content()), f.fileName(), f.mediaType(),
                    f.content().length);
        }), label);
        link.getElement().setAttribute("download", true);
        return link;
    }

    /** The thread between the volunteer and the coordinator; {@code open} is false where nothing more can be written. */
    static Section thread(List<ThreadMessage> messages, boolean open, java.util.function.Consumer<String> post,
                          Runnable afterPost) {
        return thread(messages, open, post, afterPost, false);
    }

    /** As above; {@code forStaff}: the coordinator's page, whose hint speaks to the coordinator. */
    static Section thread(List<ThreadMessage> messages, boolean open, java.util.function.Consumer<String> post,
                          Runnable afterPost, boolean forStaff) {
        return CaseFilePanels.thread(messages, open, post, afterPost, "volunteer.thread.title",
                forStaff ? "volunteer.thread.empty.staff" : "volunteer.thread.empty");
    }

    /** When (date in both calendars, the hours), where, and how many seats are left (until it ends). */
    static Component opportunitySummary(OpportunityView o) {
        Locale locale = UI.getCurrent().getLocale();
        DescriptionList list = new DescriptionList();
        list.addClassName("portal-details");
        item(list, "opportunity.when", when(o.startsAt(), o.endsAt(), locale));
        item(list, "opportunity.interest", t("interest." + o.interest().name()));
        if (o.mode() == MeetingMode.REMOTE) {
            item(list, "opportunity.where", t("meetingMode.REMOTE"));
        } else {
            item(list, "opportunity.where", o.location());
        }
        if (o.endsAt().isAfter(Instant.now())) {
            item(list, "opportunity.seats", t("opportunity.seats.left", o.seatsLeft(), o.seats()));
        }
        item(list, "opportunity.skills", names("skill.", o.requiredSkills()));
        return list;
    }

    /** "4 جمادى الآخرة 1448 هـ — 25 نوفمبر 2026، 4:00 م – 8:00 م" (Riyadh time). */
    static String when(Instant start, Instant end, Locale locale) {
        return PortalDates.range(start, end, locale, t("volunteer.separator"));
    }
}
