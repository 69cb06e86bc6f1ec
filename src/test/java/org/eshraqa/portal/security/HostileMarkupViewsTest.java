package org.eshraqa.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.portal.inquiries.ui.InquiryCaseView;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.ui.CaseView;
import org.eshraqa.portal.requests.ui.RequestFormView;
import org.eshraqa.portal.volunteering.DocumentKind;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteerProfile;
import org.eshraqa.portal.volunteering.ui.ApplicationCaseView;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile markup typed by a beneficiary or volunteer, opened by the staff who read it: the whole
 * rendered element tree holds it only as text (a text node, or a property the web component
 * renders as text), never as a script, image, SVG or event-handler attribute. Uploads the rules
 * refuse show their message beside the field, and the form still takes a good file afterwards.
 */
class HostileMarkupViewsTest extends PortalBrowserlessTest {

    private static final String MARKUP = HostileInputTest.MARKUP;
    private static final Set<String> MARKUP_TAGS = Set.of("script", "svg", "iframe", "object", "embed");

    @Autowired SupportRequests requests;
    @Autowired Inquiries inquiries;
    @Autowired VolunteerApplications applications;

    /**
     * Every component of the shown UI and each of their elements; returns how many elements show
     * the payload as their own text, failing on any markup element or event attribute.
     */
    private int elementsShowingAsText(String payload) {
        List<String> problems = new ArrayList<>();
        int[] found = {0};
        for (Component component : $(Component.class).all()) {
            check(component.getElement(), payload, problems, found);
            component.getElement().getChildren().filter(Element::isTextNode)
                    .forEach(text -> check(text, payload, problems, found));
        }
        assertThat(problems).isEmpty();
        return found[0];
    }

    private static void check(Element e, String payload, List<String> problems, int[] found) {
        if (e.isTextNode()) {
            if (e.getText().contains(payload)) {
                found[0]++;
            }
            return;
        }
        String tag = e.getTag().toLowerCase(Locale.ROOT);
        if (MARKUP_TAGS.contains(tag) || tag.equals("img") && "x".equals(e.getAttribute("src"))) {
            problems.add("a <" + tag + "> element");
        }
        e.getAttributeNames().filter(a -> a.toLowerCase(Locale.ROOT).startsWith("on"))
                .forEach(a -> problems.add("attribute " + a + " on <" + tag + ">"));
        e.getPropertyNames().filter(p -> p.equalsIgnoreCase("innerHTML") || p.equalsIgnoreCase("outerHTML"))
                .filter(p -> String.valueOf(e.getProperty(p)).contains("window.pwned"))
                .forEach(p -> problems.add(p + " of <" + tag + "> holds the payload"));
    }

    @Test
    void theCaseViewShowsTheNeedMessagesAndNotesAsText() {
        signInAs(newAccount("سحر محمد الغامدي", Role.BENEFICIARY));
        long id = Samples.submittedRequest(requests, "AWARENESS", "سحر محمد الغامدي", MARKUP);
        requests.postMessage(id, MARKUP);
        signInAs(OFFICER);
        requests.addInternalNote(id, MARKUP);
        navigate("staff/requests/" + id, CaseView.class);
        assertThat($(Paragraph.class).withId("need-text").single().getText()).isEqualTo(MARKUP);
        assertThat($(MessageList.class).first().getItems()).extracting(MessageListItem::getText).contains(MARKUP);
        assertThat(elementsShowingAsText(MARKUP)).as("the need and the internal note, as text").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theInquiryCaseShowsTheQuestionAsText() {
        signInAs(newAccount("هالة فهد الدوسري", Role.BENEFICIARY));
        long id = inquiries.ask(new NewQuestion(MARKUP, MARKUP, null));
        signInAs(OFFICER);
        navigate("staff/inquiries/" + id, InquiryCaseView.class);
        int asText = elementsShowingAsText(MARKUP);
        List<String> inLists = $(MessageList.class).all().stream().flatMap(l -> l.getItems().stream())
                .map(MessageListItem::getText).toList();
        assertThat(asText > 0 || inLists.contains(MARKUP)).as("the question is on the page").isTrue();
        assertThat(asText + inLists.size()).isPositive();
    }

    @Test
    void theApplicationCaseShowsTheVolunteersOwnWordsAsText() {
        signInAs(newAccount("ريما خالد العنزي", Role.BENEFICIARY));
        VolunteerProfile p = CrossUserAccessTest.profile("ريما خالد العنزي");
        long id = applications.startDraft();
        applications.saveDraft(id, new VolunteerProfile(p.fullName(), p.nationalId(), p.birthDate(), p.gender(),
                p.region(), p.city(), p.mobile(), p.email(), p.education(), p.fieldOfStudy(), MARKUP, MARKUP,
                p.skills(), p.languages(), p.interests(), p.licences(), p.availability()));
        applications.addDocument(id, DocumentKind.CV, "cv.pdf", Samples.pdf());
        applications.submit(id, true);
        signInAs(CrossUserAccessTest.COORDINATOR);
        navigate("staff/volunteers/" + id, ApplicationCaseView.class);
        assertThat(elementsShowingAsText(MARKUP)).as("experience and motivation").isGreaterThanOrEqualTo(2);
    }

    @Test
    void refusedUploadsShowTheirMessageAndTheFormStillTakesAGoodFile() {
        signInAs(newAccount("دانة علي الشمري", Role.BENEFICIARY));
        navigate("requests/new/MEDICATION", RequestFormView.class);
        String upload = "documents-prescription-upload";
        String error = "documents-prescription-error";
        test($(Upload.class).withId(upload).single()).upload("scan.png", "image/png",
                Samples.pngClaiming(50_000, 50_000));
        assertThat($(Paragraph.class).withId(error).single().getText()).contains("60");
        test($(Upload.class).withId(upload).single()).upload("report.pdf", "application/pdf",
                Samples.pdfUnpackingTo(300L * 1024 * 1024));
        assertThat($(Paragraph.class).withId(error).single().getText()).contains("PDF");
        test($(Upload.class).withId(upload).single()).upload("../../etc/passwd.pdf", "application/pdf",
                Samples.pdf());
        assertThat($(Paragraph.class).withId(error).all()).as("no longer shown").isEmpty();
        assertThat(elementsShowingAsText("passwd.pdf")).isPositive();
        assertThat(elementsShowingAsText("../")).isZero();
    }
}
