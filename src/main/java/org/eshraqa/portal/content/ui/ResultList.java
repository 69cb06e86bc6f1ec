package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.eshraqa.portal.content.Audience;
import org.eshraqa.portal.content.EntrySummary;

/** Found FAQ entries and guides as links, each with what it is and, for staff, who may read it. */
class ResultList extends UnorderedList {

    ResultList(String id, List<EntrySummary> found) {
        setId(id);
        addClassName("portal-results");
        for (EntrySummary entry : found) {
            Anchor link = new Anchor(entry.path(), entry.title(getLocale()));
            Span kind = new Span(getTranslation("content.result." + entry.kind().name()));
            kind.addClassName("portal-hint");
            ListItem item = new ListItem(link, kind);
            if (entry.audience() == Audience.STAFF) {
                item.add(StaffBadge.create());
            }
            add(item);
        }
    }
}
