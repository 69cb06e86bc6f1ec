package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eshraqa.portal.content.Article;
import org.eshraqa.portal.content.Content;
import org.eshraqa.portal.content.ContentKind;
import org.eshraqa.portal.content.EntrySummary;

/**
 * The frequently asked questions, which correct common misconceptions about the association's
 * services (P-7.1). The search looks through the FAQ and the guides the reader may read.
 */
@Route("faq")
@Menu(order = 12, title = "nav.faq", icon = "vaadin:question-circle")
@AnonymousAllowed
public class FaqView extends Div implements HasDynamicTitle {

    private final transient Content content;
    private final List<Article> faq;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();

    public FaqView(Content content) {
        this.content = content;
        this.faq = content.faq();
        addClassNames("portal-page", "portal-medium");
        setId("faq-view");
        Paragraph lead = new Paragraph(getTranslation("content.faq.lead"));
        lead.addClassName("portal-lead");
        SearchField search = new SearchField("faq-search");
        search.addValueChangeListener(e -> show(e.getValue()));
        status.setId("faq-search-status");
        status.addClassName("portal-search-status");
        status.getElement().setAttribute("aria-live", "polite");
        list.setId("faq-list");
        list.addClassName("portal-faq");
        add(new H1(getTranslation("content.faq.title")), lead, search, status, list);
        show("");
    }

    private void show(String query) {
        list.removeAll();
        if (query == null || query.isBlank()) {
            status.setText("");
            faq.forEach(article -> list.add(question(article, false)));
            if (faq.isEmpty()) {
                list.add(new Paragraph(getTranslation("content.faq.empty")));
            }
            return;
        }
        List<EntrySummary> found = content.search(query);
        Map<Long, Article> byId = faq.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        found.stream().filter(e -> e.kind() == ContentKind.FAQ).map(e -> byId.get(e.id())).filter(Objects::nonNull)
                .forEach(article -> list.add(question(article, true)));
        List<EntrySummary> guides = found.stream().filter(e -> e.kind() == ContentKind.GUIDE).toList();
        if (!guides.isEmpty()) {
            list.add(new H2(getTranslation("content.search.inGuides")), new ResultList("faq-guide-results", guides));
        }
        status.setText(found.isEmpty() ? getTranslation("content.search.none", query.strip())
                : getTranslation("content.search.count", found.size()));
    }

    private Details question(Article article, boolean open) {
        Details details = new Details(article.title(getLocale()), new ArticleBody(article.html(getLocale())));
        details.setId("faq-" + article.slug());
        details.setOpened(open);
        details.addClassName("portal-question");
        return details;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.faq.title");
    }
}
