package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.eshraqa.portal.content.Article;
import org.eshraqa.portal.content.Content;

/**
 * How to reach the association on each of the seven channels of P-8, open to everyone. The
 * administrator writes the page; each second-level heading becomes one card.
 */
@Route("contact")
@Menu(order = 16, title = "nav.contact", icon = "vaadin:phone-landline")
@AnonymousAllowed
public class ContactView extends Div implements HasDynamicTitle {

    private final Optional<Article> page;

    public ContactView(Content content) {
        addClassName("portal-page");
        setId("contact-view");
        page = content.page("contact");
        page.ifPresentOrElse(this::show,
                () -> add(new Unavailable("content.unavailable.page", "", "error.backHome", false)));
    }

    private void show(Article article) {
        add(new H1(article.title(getLocale())));
        Sections sections = Sections.of(article.html(getLocale()));
        ArticleBody intro = new ArticleBody(sections.intro());
        intro.addClassName("portal-lead");
        intro.setId("contact-intro");
        Div cards = new Div();
        cards.addClassNames("portal-cards", "portal-channels");
        cards.setId("contact-channels");
        int n = 0;
        for (Sections.Part part : sections.parts()) {
            Section card = new Section(new H2(part.heading()), new ArticleBody(part.html()));
            card.addClassName("portal-card");
            card.setId("channel-" + ++n);
            cards.add(card);
        }
        add(intro, cards);
    }

    @Override
    public String getPageTitle() {
        return page.map(p -> p.title(getLocale())).orElseGet(() -> getTranslation("nav.contact"));
    }
}
