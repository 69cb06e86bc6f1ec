package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.eshraqa.portal.content.Article;
import org.eshraqa.portal.content.Content;

/** One question and its answer, at its own address (search results and links point here). */
@Route("faq/:slug")
@AnonymousAllowed
public class FaqEntryView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Content content;
    private Optional<Article> entry = Optional.empty();

    public FaqEntryView(Content content) {
        this.content = content;
        addClassNames("portal-page", "portal-medium");
        setId("faq-entry-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        entry = content.faqEntry(event.getRouteParameters().get("slug").orElse(""));
        entry.ifPresentOrElse(article -> {
            ArticleBody answer = new ArticleBody(article.html(getLocale()));
            answer.setId("faq-answer");
        answer.addClassName("portal-article-card");
            Anchor all = new Anchor("faq", getTranslation("content.faq.all"));
            all.setId("faq-all");
            all.addClassName("portal-cta");
            add(new H1(article.title(getLocale())), answer, all);
        }, () -> add(new Unavailable("content.unavailable.page", "faq", "content.faq.all", false)));
    }

    @Override
    public String getPageTitle() {
        return entry.map(a -> a.title(getLocale())).orElseGet(() -> getTranslation("content.faq.title"));
    }
}
