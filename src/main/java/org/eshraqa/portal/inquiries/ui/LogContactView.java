package org.eshraqa.portal.inquiries.ui;

import org.eshraqa.portal.shared.ui.DateInputs;
import org.eshraqa.portal.shared.ui.Panels;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.eshraqa.portal.inquiries.Contacts;
import org.eshraqa.portal.inquiries.NewContact;
import org.eshraqa.portal.inquiries.PersonMatch;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.portal.shared.InvalidInputException;

/**
 * Log a contact that happened outside the portal: channel, the person (an account found by its
 * exact e-mail or mobile, or a name and mobile), topic, outcome, and an optional follow-up date.
 * For a person with an account the question can also be opened in the portal, so the answer
 * reaches them there.
 */
@Route("staff/contacts/new")
@RolesAllowed({"RELATIONS_OFFICER", "SOCIAL_RESEARCHER", "VOLUNTEER_COORDINATOR"})
public class LogContactView extends Div implements HasDynamicTitle {

    private static final String ACCOUNT = "account";
    private static final String NAME = "name";

    private final transient Contacts contacts;
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final RadioButtonGroup<String> who = new RadioButtonGroup<>();
    private final TextField account = new TextField();
    private final Paragraph match = new Paragraph();
    private final TextField personName = new TextField();
    private final TextField personMobile = new TextField();
    private final TextField topic = new TextField();
    private final TextArea outcome = new TextArea();
    private final DatePicker followUpOn = new DatePicker();
    private final Checkbox openInquiry = new Checkbox();

    public LogContactView(Contacts contacts) {
        this.contacts = contacts;
        addClassNames("portal-page", "portal-narrow");
        setId("log-contact-view");
        add(new H1(getTranslation("contacts.log")), new Paragraph(getTranslation("contacts.log.lead")));

        channel.setLabel(getTranslation("queue.filter.channel"));
        channel.setId("contact-channel");
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> getTranslation("channel." + c.name()));
        channel.setRequired(true);
        channel.setWidthFull();

        who.setLabel(getTranslation("contacts.person"));
        who.setId("contact-who");
        who.setItems(ACCOUNT, NAME);
        who.setItemLabelGenerator(w -> getTranslation("contacts.who." + w));
        who.setValue(NAME);
        who.addValueChangeListener(e -> showPersonFields());

        account.setLabel(getTranslation("contacts.account"));
        account.setId("contact-account");
        account.setHelperText(getTranslation("contacts.account.help"));
        account.setWidthFull();
        account.addValueChangeListener(e -> lookUp());
        match.setId("contact-match");
        match.addClassName("portal-hint");

        personName.setLabel(getTranslation("contacts.personName"));
        personName.setId("contact-name");
        personName.setMaxLength(200);
        personName.setWidthFull();
        personMobile.setLabel(getTranslation("register.mobile"));
        personMobile.setId("contact-mobile");
        personMobile.setHelperText(getTranslation("register.mobile.help"));
        personMobile.setWidthFull();

        topic.setLabel(getTranslation("contacts.topic"));
        topic.setId("contact-topic");
        topic.setRequired(true);
        topic.setMaxLength(200);
        topic.setWidthFull();
        outcome.setLabel(getTranslation("contacts.outcome"));
        outcome.setId("contact-outcome");
        outcome.setRequired(true);
        outcome.setMaxLength(4000);
        outcome.setHelperText(getTranslation("contacts.outcome.help"));
        outcome.setWidthFull();
        followUpOn.setLabel(getTranslation("contacts.followUp"));
        followUpOn.setId("contact-follow-up");
        followUpOn.setHelperText(getTranslation("contacts.followUp.help"));
        followUpOn.setMin(contacts.today());
        DateInputs.localise(followUpOn);
        openInquiry.setLabel(getTranslation("contacts.openInquiry"));
        openInquiry.setId("contact-open-inquiry");

        Button save = new Button(getTranslation("contacts.save"), e -> save());
        save.setId("save-contact");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> save.setEnabled(true));
        add(channel, who, account, match, personName, personMobile, topic, outcome, followUpOn, openInquiry, save);
        showPersonFields();
    }

    private void showPersonFields() {
        boolean byAccount = ACCOUNT.equals(who.getValue());
        account.setVisible(byAccount);
        match.setVisible(byAccount);
        openInquiry.setVisible(byAccount);
        personName.setVisible(!byAccount);
        personMobile.setVisible(!byAccount);
    }

    private void lookUp() {
        match.setText(contacts.findPerson(account.getValue()).map(this::describe)
                .orElse(account.getValue().isBlank() ? "" : getTranslation("contact.account.notFound")));
    }

    private String describe(PersonMatch person) {
        return getTranslation("contacts.match", person.fullName(), person.mobile() == null ? "—" : person.mobile());
    }

    private Map<String, HasValidation> fields() {
        return Map.of("channel", channel, ACCOUNT, account, "personName", personName, "personMobile", personMobile,
                "topic", topic, "outcome", outcome, "followUpOn", followUpOn);
    }

    private void save() {
        Panels.clearErrors(fields());
        boolean byAccount = ACCOUNT.equals(who.getValue());
        if (followUpOn.isInvalid() && !followUpOn.isEmpty()) {
            return;
        }
        try {
            contacts.log(new NewContact(channel.getValue(), byAccount ? account.getValue() : null,
                    byAccount ? null : personName.getValue(), byAccount ? null : personMobile.getValue(),
                    topic.getValue(), outcome.getValue(), followUpOn.getValue(), byAccount && openInquiry.getValue()));
            Panels.show("contacts.saved", NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(ContactLogView.class));
        } catch (InvalidInputException invalid) {
            Map<String, String> errors = invalid.fieldErrors();
            Panels.showErrors(errors, fields());
            if (errors.containsKey("openInquiry")) {
                Panels.show(errors.get("openInquiry"), NotificationVariant.LUMO_ERROR);
            } else {
                Panels.show("inquiry.form.fix", NotificationVariant.LUMO_ERROR);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.log");
    }
}
