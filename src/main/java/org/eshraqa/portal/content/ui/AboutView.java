package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.eshraqa.portal.content.Article;
import org.eshraqa.portal.content.Content;

/** About the association and how it serves beneficiaries; the administrator writes the text. */
@Route("about")
@Menu(order = 5, title = "nav.about", icon = "vaadin:info-circle")
@AnonymousAllowed
public class AboutView extends Div implements HasDynamicTitle {

    private final Optional<Article> page;

    public AboutView(Content content) {
        addClassNames("portal-page", "portal-medium");
        setId("about-view");
        page = content.page("about");
        page.ifPresentOrElse(this::show,
                () -> add(new Unavailable("content.unavailable.page", "", "error.backHome", false)));
    }

    private void show(Article article) {
        ArticleBody body = new ArticleBody(article.html(getLocale()));
        body.setId("about-body");
        body.addClassName("portal-article-card");
        Anchor services = new Anchor("services", getTranslation("nav.services"));
        services.addClassNames("portal-cta", "portal-cta-primary");
        Anchor faq = new Anchor("faq", getTranslation("nav.faq"));
        faq.addClassName("portal-cta");
        Anchor contact = new Anchor("contact", getTranslation("nav.contact"));
        contact.addClassName("portal-cta");
        Div actions = new Div(services, faq, contact);
        actions.addClassName("portal-cta-row");
        add(new H1(article.title(getLocale())), body, actions);
    }

    @Override
    public String getPageTitle() {
        return page.map(p -> p.title(getLocale())).orElseGet(() -> getTranslation("nav.about"));
    }
}
