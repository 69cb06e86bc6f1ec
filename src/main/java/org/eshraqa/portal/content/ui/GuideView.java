package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.eshraqa.portal.content.Article;
import org.eshraqa.portal.content.Audience;
import org.eshraqa.portal.content.Content;

/**
 * One guide. A staff-only guide opened by someone who is not staff reads exactly like an address
 * that does not exist: the content module does not hand it out, and the page says so plainly.
 */
@Route("guides/:slug")
@AnonymousAllowed
public class GuideView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final transient Content content;
    private final transient AuthenticationContext authentication;
    private Optional<Article> guide = Optional.empty();

    public GuideView(Content content, AuthenticationContext authentication) {
        this.content = content;
        this.authentication = authentication;
        addClassNames("portal-page", "portal-medium");
        setId("guide-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        guide = content.guide(event.getRouteParameters().get("slug").orElse(""));
        guide.ifPresentOrElse(this::show, () -> add(new Unavailable("content.unavailable.guide", "guides",
                "content.guides.all", !authentication.isAuthenticated())));
    }

    private void show(Article article) {
        H1 title = new H1(article.title(getLocale()));
        add(title);
        if (article.audience() == Audience.STAFF) {
            add(StaffBadge.create());
        }
        ArticleBody body = new ArticleBody(article.html(getLocale()));
        body.setId("guide-body");
        body.addClassName("portal-article-card");
        Anchor all = new Anchor("guides", getTranslation("content.guides.all"));
        all.setId("guides-all");
        all.addClassName("portal-cta");
        add(body, all);
    }

    @Override
    public String getPageTitle() {
        return guide.map(a -> a.title(getLocale())).orElseGet(() -> getTranslation("content.guides.title"));
    }
}
