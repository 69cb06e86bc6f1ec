package org.eshraqa.portal.volunteering.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;
import static org.eshraqa.portal.shared.ui.Panels.item;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.Panels;
import org.eshraqa.portal.shared.ui.PortalIcon;
import org.eshraqa.portal.volunteering.CertificateView;
import org.eshraqa.portal.volunteering.Certificates;

/**
 * One of the volunteer's certificates: what it states, its code and verification page, and the
 * PDF in Arabic or English. Someone else's certificate, or a forged id, is "not found".
 */
@Route("volunteer/certificates/:certificateId")
@PermitAll
public class MyCertificateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Certificates certificates;

    public MyCertificateView(Certificates certificates) {
        this.certificates = certificates;
        addClassNames("portal-page", "portal-medium");
        setId("certificate-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id = Panels.routeId(event, "certificateId");
        CertificateView certificate = certificates.findMine(id).orElseThrow(NotFoundException::new);
        removeAll();
        DescriptionList details = new DescriptionList();
        details.addClassName("portal-details");
        item(details, "certificate.name", certificate.volunteerName());
        item(details, "certificate.hours", certificate.hoursText());
        item(details, "certificate.opportunities", String.valueOf(certificate.opportunities()));
        item(details, "certificate.issuedAt", PortalDates.both(certificate.issuedAt(), getLocale()));
        item(details, "certificate.code", certificate.code());
        Anchor arabic = VolunteerPanels.download(getTranslation("certificate.download.ar"),
                () -> certificates.pdf(id, Locale.forLanguageTag("ar")));
        arabic.setId("download-ar");
        arabic.addClassNames("portal-cta", "portal-cta-primary");
        arabic.addComponentAsFirst(PortalIcon.DOWNLOAD.create());
        Anchor english = VolunteerPanels.download(getTranslation("certificate.download.en"),
                () -> certificates.pdf(id, Locale.ENGLISH));
        english.setId("download-en");
        english.addClassName("portal-cta");
        english.addComponentAsFirst(PortalIcon.DOWNLOAD.create());
        Div downloads = new Div(arabic, english);
        downloads.addClassName("portal-cta-row");
        Anchor verify = new Anchor("certificates/verify/" + certificate.code(), getTranslation("certificate.verifyLink"));
        verify.setId("verify-link");
        verify.setRouterIgnore(true);
        add(new H1(getTranslation("certificate.title")),
                card("certificate-details", "certificate.details", details, downloads,
                        new Paragraph(getTranslation("certificate.verifyHelp")), new Paragraph(verify)),
                new Paragraph(new Anchor("volunteer/hours", getTranslation("volunteer.hours.open"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.title");
    }
}
