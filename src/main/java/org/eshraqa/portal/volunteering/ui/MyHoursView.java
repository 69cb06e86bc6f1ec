package org.eshraqa.portal.volunteering.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.volunteering.Certificates;
import org.eshraqa.portal.volunteering.ChangedMeanwhile;
import org.eshraqa.portal.volunteering.Commitment;
import org.eshraqa.portal.volunteering.EnrolmentState;
import org.eshraqa.portal.volunteering.Hours;
import org.eshraqa.portal.volunteering.HoursSummary;
import org.eshraqa.portal.volunteering.MeetingMode;
import org.eshraqa.portal.volunteering.Opportunities;
import org.eshraqa.portal.volunteering.VolunteeringRefused;

/**
 * A volunteer's commitments and hours: upcoming places (with the meeting link once accepted),
 * past ones where they log the hours they gave, the total the coordinator confirmed, and
 * certificates of those hours.
 */
@Route("volunteer/hours")
@PermitAll
public class MyHoursView extends Div implements HasDynamicTitle {

    private final transient Opportunities opportunities;
    private final transient Certificates certificates;

    public MyHoursView(Opportunities opportunities, Certificates certificates) {
        this.opportunities = opportunities;
        this.certificates = certificates;
        addClassNames("portal-page", "portal-medium");
        setId("my-hours-view");
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("volunteer.hours.title")));
        HoursSummary summary = opportunities.myHours();
        Paragraph total = new Paragraph(getTranslation("volunteer.hours.total", summary.confirmedHoursText()));
        total.setId("hours-total");
        total.addClassName("portal-lead");
        Paragraph awaiting = new Paragraph(getTranslation("volunteer.hours.awaiting",
                Hours.text(summary.awaitingMinutes())));
        awaiting.addClassName("portal-hint");
        add(card("hours-summary", "volunteer.hours.summary", total, awaiting, certificatesBlock(summary)));

        List<Commitment> commitments = opportunities.commitments();
        Div list = new Div();
        list.setId("commitments");
        if (commitments.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("volunteer.commitments.empty"));
            empty.setId("commitments-empty");
            empty.addClassName("portal-hint");
            list.add(empty, new Paragraph(new Anchor("volunteer/opportunities",
                    getTranslation("volunteer.opportunities.browse"))));
        }
        commitments.forEach(c -> list.add(commitment(c)));
        add(card("commitments-card", "volunteer.commitments.title", list));
    }

    private Div certificatesBlock(HoursSummary summary) {
        Div block = new Div();
        UnorderedList issued = new UnorderedList();
        issued.setId("certificates");
        certificates.mine().forEach(c -> issued.add(new ListItem(new Anchor("volunteer/certificates/" + c.id(),
                getTranslation("volunteer.certificate.item", c.code(), c.hoursText(),
                        PortalDates.both(c.issuedAt(), getLocale()))))));
        if (summary.confirmedMinutes() > 0) {
            Button issue = new Button(getTranslation("volunteer.certificate.issue"), e -> {
                try {
                    var certificate = certificates.issue();
                    getUI().ifPresent(ui -> ui.navigate("volunteer/certificates/" + certificate.id()));
                } catch (VolunteeringRefused refused) {
                    Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
                }
            });
            issue.setId("issue-certificate");
            issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            block.add(issue);
        } else {
            block.add(new Paragraph(getTranslation("certificate.noHours")));
        }
        block.add(issued);
        return block;
    }

    private Section commitment(Commitment c) {
        var o = c.opportunity();
        Section section = new Section(new H3(o.title()));
        section.addClassName("portal-commitment");
        section.setId("commitment-" + c.enrolmentId());
        section.add(VolunteerPanels.badge(c.state(), false), VolunteerPanels.opportunitySummary(o));
        if (c.state() == EnrolmentState.ACCEPTED && o.mode() == MeetingMode.REMOTE) {
            Anchor link = new Anchor(o.location(), o.location());
            link.setTarget("_blank");
            link.getElement().setAttribute("rel", "noopener noreferrer");
            link.getElement().setAttribute("dir", "ltr");
            section.add(new Paragraph(link));
        }
        if (c.confirmedMinutes() != null) {
            Paragraph confirmed = new Paragraph(getTranslation("volunteer.hours.confirmed",
                    Hours.text(c.confirmedMinutes())));
            confirmed.addClassName("portal-success");
            section.add(confirmed);
        } else if (c.attendance() == org.eshraqa.portal.volunteering.Attendance.ABSENT) {
            section.add(new Paragraph(getTranslation("hours.absent")));
        } else if (c.loggedMinutes() != null) {
            section.add(new Paragraph(getTranslation("volunteer.hours.logged", Hours.text(c.loggedMinutes()))));
        }
        if (c.canLogHours()) {
            section.add(logForm(c));
        }
        if (c.canWithdraw()) {
            Button withdraw = new Button(getTranslation("volunteer.opportunity.withdraw"), e -> {
                try {
                    opportunities.withdraw(c.enrolmentId(), c.version());
                    Panels.show("volunteer.opportunity.withdrawn", NotificationVariant.LUMO_SUCCESS);
                } catch (VolunteeringRefused refused) {
                    Panels.show(refused.messageKey(), NotificationVariant.LUMO_ERROR);
                } catch (ChangedMeanwhile changed) {
                    Panels.show("error.concurrentChange", NotificationVariant.LUMO_CONTRAST);
                }
                render();
            });
            withdraw.setId("withdraw-commitment-" + c.enrolmentId());
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            section.add(withdraw);
        }
        return section;
    }

    private Div logForm(Commitment c) {
        BigDecimalField hours = new BigDecimalField(getTranslation("volunteer.hours.field"));
        hours.setId("hours-" + c.enrolmentId());
        hours.setHelperText(getTranslation("volunteer.hours.field.help",
                Hours.text(c.opportunity().minutes())));
        if (c.loggedMinutes() != null) {
            hours.setValue(new java.math.BigDecimal(Hours.text(c.loggedMinutes())));
        }
        TextField note = new TextField(getTranslation("volunteer.hours.note"));
        note.setId("hours-note-" + c.enrolmentId());
        note.setMaxLength(500);
        note.setValue(c.loggedNote() == null ? "" : c.loggedNote());
        Button save = new Button(getTranslation("volunteer.hours.log"));
        save.setId("log-hours-" + c.enrolmentId());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setDisableOnClick(true);
        save.addClickListener(e -> {
            try {
                opportunities.logHours(c.enrolmentId(), c.version(), hours.getValue(), note.getValue());
                Panels.show("volunteer.hours.saved", NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException invalid) {
                Panels.showErrors(invalid.fieldErrors(), Map.of("hours", hours, "note", note));
                save.setEnabled(true);
            } catch (VolunteeringRefused refused) {
                hours.setErrorMessage(getTranslation(refused.messageKey()));
                hours.setInvalid(true);
                save.setEnabled(true);
            } catch (ChangedMeanwhile changed) {
                Panels.show("error.concurrentChange", NotificationVariant.LUMO_CONTRAST);
                render();
            }
        });
        Div form = new Div(hours, note, save);
        form.addClassName("portal-inline-form");
        return form;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("volunteer.hours.title");
    }
}
