package org.eshraqa.portal.inquiries.ui;

import org.eshraqa.portal.shared.ui.Panels;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.RequestSummary;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.shared.InvalidInputException;

/**
 * Ask the association a question, general or about one of your requests
 * ({@code ?request=<id>} preselects it). What was typed stays on the page if anything is refused.
 */
@Route("inquiries/new")
@PermitAll
public class AskQuestionView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int MAX_SUBJECT = 150;
    static final int MAX_BODY = 4000;

    private final transient Inquiries inquiries;
    private final TextField subject = new TextField();
    private final ComboBox<RequestSummary> about = new ComboBox<>();
    private final TextArea body = new TextArea();
    private final List<RequestSummary> myRequests;

    public AskQuestionView(Inquiries inquiries, SupportRequests requests) {
        this.inquiries = inquiries;
        this.myRequests = requests.mine().stream().filter(r -> r.state() != RequestState.DRAFT).toList();
        addClassNames("portal-page", "portal-narrow");
        setId("ask-question-view");
        add(new H1(getTranslation("inquiries.ask")), new Paragraph(getTranslation("ask.lead")));

        subject.setLabel(getTranslation("inquiry.subject"));
        subject.setId("question-subject");
        subject.setRequired(true);
        subject.setMaxLength(MAX_SUBJECT);
        subject.setWidthFull();

        about.setLabel(getTranslation("ask.about"));
        about.setId("question-request");
        about.setItems(myRequests);
        about.setItemLabelGenerator(r -> getTranslation("ask.about.request", r.reference()));
        about.setPlaceholder(getTranslation("ask.about.general"));
        about.setClearButtonVisible(true);
        about.setWidthFull();
        about.setVisible(!myRequests.isEmpty());

        body.setLabel(getTranslation("ask.body"));
        body.setId("question-body");
        body.setRequired(true);
        body.setMaxLength(MAX_BODY);
        body.setMinHeight("10rem");
        body.setWidthFull();
        body.setValueChangeMode(ValueChangeMode.EAGER);
        body.setHelperText(getTranslation("inquiry.counter", 0, MAX_BODY));
        body.addValueChangeListener(e -> body.setHelperText(getTranslation("inquiry.counter",
                e.getValue().length(), MAX_BODY)));

        Button send = new Button(getTranslation("ask.send"), e -> send());
        send.setId("send-question");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setDisableOnClick(true);
        send.addClickListener(e -> send.setEnabled(true));

        Anchor other = new Anchor("contact", getTranslation("ask.otherChannels"));
        other.setRouterIgnore(true);
        other.setId("other-channels");
        Paragraph otherChannels = new Paragraph(other);
        otherChannels.addClassName("portal-hint");
        add(subject, about, body, send, otherChannels);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("request")
                .filter(s -> s.matches("\\d{1,18}")).map(Long::parseLong)
                .flatMap(id -> myRequests.stream().filter(r -> r.id() == id).findFirst())
                .ifPresent(about::setValue);
    }

    private void send() {
        Panels.clearErrors(Map.of("subject", subject, "body", body, "request", about));
        try {
            long id = inquiries.ask(new NewQuestion(subject.getValue(), body.getValue(),
                    about.getValue() == null ? null : about.getValue().id()));
            Panels.show("ask.sent", NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("inquiries/" + id));
        } catch (InvalidInputException invalid) {
            Panels.showErrors(invalid.fieldErrors(), Map.of("subject", subject, "body", body, "request", about));
            Panels.show("inquiry.form.fix", NotificationVariant.LUMO_ERROR);
            if (subject.isInvalid()) {
                subject.focus();
            } else if (body.isInvalid()) {
                body.focus();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inquiries.ask");
    }
}
