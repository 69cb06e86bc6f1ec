package org.eshraqa.portal.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.eshraqa.portal.identity.Accounts;

/** The privacy notice a person consents to at registration (its version is stored with the consent). */
@Route("privacy")
@AnonymousAllowed
public class PrivacyNoticeView extends Div implements HasDynamicTitle {

    public PrivacyNoticeView() {
        addClassNames("portal-page", "portal-narrow");
        setId("privacy-view");
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.lead")));
        UnorderedList points = new UnorderedList();
        for (int i = 1; i <= 7; i++) {
            points.add(new ListItem(getTranslation("privacy.point" + i)));
        }
        add(points, new Paragraph(getTranslation("privacy.version", Accounts.CONSENT_VERSION)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
