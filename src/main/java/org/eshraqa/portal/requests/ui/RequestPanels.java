package org.eshraqa.portal.requests.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;
import static org.eshraqa.portal.shared.ui.Panels.item;
import static org.eshraqa.portal.shared.ui.Panels.t;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.eshraqa.portal.requests.Applicant;
import org.eshraqa.portal.requests.BeneficiaryRequestView;
import org.eshraqa.portal.requests.DocumentInfo;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.TimelineEntry;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.SaudiMobile;
import org.eshraqa.portal.shared.casefile.ThreadMessage;
import org.eshraqa.portal.shared.casefile.ui.CaseFilePanels;
import org.eshraqa.portal.shared.ui.PortalIcon;

/**
 * The parts of a request that the beneficiary and staff both see — the mirror: the applicant's
 * details, the need, documents, timeline and message thread. Text people wrote is always set as
 * text, never as markup.
 */
final class RequestPanels {

    private RequestPanels() {
    }

    static Section applicant(BeneficiaryRequestView request) {
        Applicant a = request.applicant();
        Locale locale = UI.getCurrent().getLocale();
        DescriptionList list = new DescriptionList();
        list.addClassName("portal-details");
        item(list, "applicant.fullName", a.fullName());
        item(list, "applicant.latinName", a.latinName());
        item(list, "applicant.nationalId", a.nationalId());
        item(list, "applicant.birthDate", a.birthDate() == null ? null : PortalDates.both(a.birthDate(), locale));
        item(list, "applicant.gender", a.gender() == null ? null : t("applicant.gender." + a.gender().name()));
        item(list, "applicant.nationality", a.nationality() == null ? null
                : Locale.of("", a.nationality()).getDisplayCountry(locale));
        item(list, "applicant.maritalStatus", a.maritalStatus() == null ? null
                : t("applicant.maritalStatus." + a.maritalStatus().name()));
        item(list, "applicant.region", a.region() == null ? null : t("applicant.region." + a.region().name()));
        item(list, "applicant.city", a.city());
        item(list, "register.mobile", a.mobile() == null ? null
                : SaudiMobile.parse(a.mobile()).map(SaudiMobile::local).orElse(a.mobile()));
        item(list, "applicant.email", a.email());
        item(list, "applicant.householdMembers", a.householdMembers() == null ? null
                : String.valueOf(a.householdMembers()));
        item(list, "applicant.incomeBand", a.incomeBand() == null ? null
                : t("applicant.incomeBand." + a.incomeBand().name()));
        item(list, "applicant.employment", a.employment() == null ? null
                : t("applicant.employment." + a.employment().name()));
        item(list, "request.channel", t("channel." + request.channel().name()));
        Paragraph need = new Paragraph(request.needDescription() == null ? "" : request.needDescription());
        need.addClassName("portal-prewrap");
        need.setId("need-text");
        return card("applicant-details", "requestDetail.details", list, new H2(t("requestForm.need")), need);
    }

    /**
     * The request's documents. A file of a kind uploaded again in answer to a request for
     * information (a new ID copy) is marked as replaced by the newer one, so staff do not read the
     * old and the new alike; files of a kind sent together (an ID's two sides) are not.
     */
    static Section documents(SupportRequests requests, BeneficiaryRequestView request) {
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-documents");
        Locale locale = UI.getCurrent().getLocale();
        for (DocumentInfo d : request.documents()) {
            ListItem item = new ListItem(PortalIcon.FILE_TEXT_O.create(),
                    new Span(t("document." + d.type().name()) + ": "), download(requests, request.id(), d));
            replacedBy(request, d).ifPresent(newer -> {
                Span replaced = new Span(t("document.replaced", PortalDates.dateTime(newer.uploadedAt(), locale)));
                replaced.addClassName("portal-hint");
                item.addClassName("portal-document-replaced");
                item.add(replaced);
            });
            list.add(item);
        }
        if (request.documents().isEmpty()) {
            list.add(new ListItem(t("document.none")));
        }
        return card("documents", "requestForm.section.documents", list);
    }

    /** The newest file of the same kind uploaded after a request for information that came after this one. */
    static java.util.Optional<DocumentInfo> replacedBy(BeneficiaryRequestView request, DocumentInfo d) {
        List<java.time.Instant> asked = request.timeline().stream()
                .filter(e -> e.to() == RequestState.NEEDS_INFO && !e.isClaim()).map(TimelineEntry::at).toList();
        return request.documents().stream()
                .filter(o -> o.type() == d.type() && asked.stream()
                        .anyMatch(a -> d.uploadedAt().isBefore(a) && o.uploadedAt().isAfter(a)))
                .max(java.util.Comparator.comparing(DocumentInfo::uploadedAt));
    }

    static Anchor download(SupportRequests requests, long requestId, DocumentInfo d) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = requests.document(requestId, d.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.mediaType(),
                    file.content().length);
        }), d.fileName());
        link.getElement().setAttribute("download", true);
        return link;
    }

    static OrderedList timeline(List<TimelineEntry> entries) {
        Locale locale = UI.getCurrent().getLocale();
        OrderedList list = new OrderedList();
        list.addClassName("portal-timeline");
        list.setId("timeline");
        for (TimelineEntry entry : entries) {
            ListItem item = new ListItem();
            item.add(new Span(PortalDates.dateTime(entry.at(), locale)), new Span(" — "),
                    new Span(entry.isClaim() ? t("requestDetail.claimed") : t("requestState." + entry.to().name())));
            if (entry.publicNote() != null) {
                Paragraph note = new Paragraph(entry.publicNote());
                note.addClassName("portal-prewrap");
                item.add(note);
            }
            list.add(item);
        }
        return list;
    }

    /**
     * The thread between the beneficiary and staff. {@code open} is false on drafts and closed
     * requests, where nothing more can be written.
     */
    static Section thread(SupportRequests requests, long requestId, List<ThreadMessage> messages, boolean open,
                          Runnable afterPost) {
        return thread(requests, requestId, messages, open, afterPost, false);
    }

    /** As above; {@code forStaff}: the staff page, whose hint speaks to staff. */
    static Section thread(SupportRequests requests, long requestId, List<ThreadMessage> messages, boolean open,
                          Runnable afterPost, boolean forStaff) {
        return CaseFilePanels.thread(messages, open, text -> requests.postMessage(requestId, text), afterPost,
                "thread.title", forStaff ? "thread.empty.staff" : "thread.empty");
    }
}
