package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * What a reader sees instead of an entry that does not exist, is hidden, or is for staff only.
 * The three read alike, so the message never confirms that a staff-only guide exists.
 */
class Unavailable extends Section {

    /**
     * @param textKey   what to say, e.g. that the guide does not exist or is for staff only
     * @param backPath  where the reader goes on, e.g. {@code guides}
     * @param backKey   the link's text
     * @param signInHint whether to say that staff sign in to read staff guides
     */
    Unavailable(String textKey, String backPath, String backKey, boolean signInHint) {
        setId("content-unavailable");
        addClassName("portal-hero");
        H1 title = new H1(getTranslation("content.unavailable.title"));
        Paragraph text = new Paragraph(getTranslation(textKey));
        text.getElement().setAttribute("role", "status");
        add(title, text);
        if (signInHint) {
            add(new Paragraph(getTranslation("content.unavailable.staff")));
        }
        Anchor back = new Anchor(backPath, getTranslation(backKey));
        back.addClassNames("portal-cta", "portal-cta-primary");
        back.setId("content-unavailable-back");
        Div actions = new Div(back);
        actions.addClassName("portal-cta-row");
        if (signInHint) {
            Anchor signIn = new Anchor("login", getTranslation("nav.signIn"));
            signIn.addClassName("portal-cta");
            actions.add(signIn);
        }
        add(actions);
    }
}
