package org.eshraqa.portal.volunteering.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;
import static org.eshraqa.portal.shared.ui.Panels.item;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.volunteering.Certificates;

/**
 * Public check of a certificate of volunteer hours: anyone with its code (printed on the PDF)
 * sees whom it was issued to, for how many hours, and when. A code that was never issued is
 * reported as not valid.
 */
@Route("certificates/verify")
@AnonymousAllowed
public class VerifyCertificateView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient Certificates certificates;
    private final TextField code = new TextField();
    private final Div result = new Div();

    public VerifyCertificateView(Certificates certificates) {
        this.certificates = certificates;
        addClassNames("portal-page", "portal-narrow");
        setId("verify-certificate-view");
        code.setLabel(getTranslation("certificate.verify.code"));
        code.setId("certificate-code");
        code.setHelperText(getTranslation("certificate.verify.help"));
        code.setMaxLength(40);
        code.getElement().setAttribute("dir", "ltr");
        code.setWidthFull();
        Button check = new Button(getTranslation("certificate.verify.check"), e -> check(code.getValue()));
        check.setId("certificate-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        result.setId("certificate-result");
        result.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("certificate.verify.title")), new Paragraph(getTranslation("certificate.verify.lead")),
                code, check, result);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        if (parameter != null && !parameter.isBlank()) {
            code.setValue(parameter.length() > 40 ? parameter.substring(0, 40) : parameter);
            check(parameter);
        }
    }

    private void check(String text) {
        result.removeAll();
        certificates.verify(text).ifPresentOrElse(c -> {
            DescriptionList details = new DescriptionList();
            details.addClassName("portal-details");
            item(details, "certificate.name", c.volunteerName());
            item(details, "certificate.hours", c.hoursText());
            item(details, "certificate.opportunities", String.valueOf(c.opportunities()));
            item(details, "certificate.issuedAt", PortalDates.both(c.issuedAt(), getLocale()));
            item(details, "certificate.code", c.code());
            Paragraph valid = new Paragraph(getTranslation("certificate.verify.valid"));
            valid.setId("certificate-valid");
            valid.addClassName("portal-success");
            result.add(card("certificate-found", "certificate.verify.found", valid, details));
        }, () -> certificates.issuedToAnErasedHolder(text).ifPresentOrElse(issued -> {
            // Issued, and its holder's data erased since: not a forgery, and nothing to show.
            Paragraph erased = new Paragraph(getTranslation("certificate.verify.erased",
                    PortalDates.both(issued, getLocale())));
            erased.setId("certificate-erased");
            result.add(erased);
        }, () -> {
            Paragraph invalid = new Paragraph(getTranslation("certificate.verify.invalid"));
            invalid.setId("certificate-invalid");
            invalid.addClassName("portal-error-text");
            result.add(invalid);
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.verify.title");
    }
}
