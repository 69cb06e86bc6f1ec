package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.eshraqa.portal.content.Audience;
import org.eshraqa.portal.content.Content;
import org.eshraqa.portal.content.EntrySummary;

/**
 * The guides of P-9 this reader may read: the public ones for everyone, the staff-only ones
 * (bylaws, social-research guide) for staff as well. The search looks through the FAQ too.
 */
@Route("guides")
@Menu(order = 14, title = "nav.guides", icon = "vaadin:open-book")
@AnonymousAllowed
public class GuidesView extends Div implements HasDynamicTitle {

    private final transient Content content;
    private final List<EntrySummary> guides;
    private final Div list = new Div();
    private final Paragraph status = new Paragraph();

    public GuidesView(Content content) {
        this.content = content;
        this.guides = content.guides();
        addClassNames("portal-page", "portal-medium");
        setId("guides-view");
        Paragraph lead = new Paragraph(getTranslation("content.guides.lead"));
        lead.addClassName("portal-lead");
        SearchField search = new SearchField("guides-search");
        search.addValueChangeListener(e -> show(e.getValue()));
        status.setId("guides-search-status");
        status.addClassName("portal-search-status");
        status.getElement().setAttribute("aria-live", "polite");
        list.setId("guides-list");
        add(new H1(getTranslation("content.guides.title")), lead, search, status, list);
        show("");
    }

    private void show(String query) {
        list.removeAll();
        if (query == null || query.isBlank()) {
            status.setText("");
            Div cards = new Div();
            cards.addClassName("portal-cards");
            guides.forEach(guide -> cards.add(card(guide)));
            list.add(guides.isEmpty() ? new Paragraph(getTranslation("content.guides.empty")) : cards);
            return;
        }
        List<EntrySummary> found = content.search(query);
        status.setText(found.isEmpty() ? getTranslation("content.search.none", query.strip())
                : getTranslation("content.search.count", found.size()));
        if (!found.isEmpty()) {
            list.add(new ResultList("guides-results", found));
        }
    }

    private Section card(EntrySummary guide) {
        Anchor title = new Anchor(guide.path(), guide.title(getLocale()));
        title.setId("guide-link-" + guide.slug());
        Section card = new Section(new H2(title));
        card.addClassNames("portal-card", "portal-guide-card");
        if (guide.audience() == Audience.STAFF) {
            card.add(StaffBadge.create());
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.guides.title");
    }
}
