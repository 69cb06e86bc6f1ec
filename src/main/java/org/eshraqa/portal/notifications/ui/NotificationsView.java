package org.eshraqa.portal.notifications.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.eshraqa.portal.notifications.InAppNotification;
import org.eshraqa.portal.notifications.Notifications;
import org.eshraqa.portal.shared.PortalDates;

/**
 * The signed-in person's notifications, newest first and loaded as they scroll. Opening one marks
 * it read and goes to what it is about.
 */
@Route("notifications")
@PermitAll
public class NotificationsView extends Div implements HasDynamicTitle {

    private final transient Notifications notifications;
    private final VirtualList<InAppNotification> list = new VirtualList<>();

    public NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        addClassNames("portal-page", "portal-narrow");
        setId("notifications-view");
        Button markAll = new Button(getTranslation("notifications.markAll"), e -> {
            notifications.markAllRead();
            getUI().ifPresent(ui -> ui.getPage().reload());
        });
        markAll.setId("mark-all-read");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("notifications.title")));
        if (notifications.count() == 0) {
            Paragraph empty = new Paragraph(getTranslation("notifications.empty"));
            empty.setId("notifications-empty");
            empty.addClassName("portal-hint");
            add(empty);
            return;
        }
        list.setId("notifications-list");
        list.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(this::item));
        com.vaadin.flow.data.provider.CallbackDataProvider.FetchCallback<InAppNotification, Void> fetch =
                query -> notifications.recent(query.getOffset(), query.getLimit()).stream();
        com.vaadin.flow.data.provider.CallbackDataProvider.CountCallback<InAppNotification, Void> count =
                query -> (int) notifications.count();
        list.setDataProvider(com.vaadin.flow.data.provider.DataProvider.fromCallbacks(fetch, count));
        list.setHeight("70vh");
        add(markAll, list);
    }

    private Div item(InAppNotification n) {
        Div card = new Div();
        card.addClassNames("portal-card", "portal-notification");
        card.getElement().setAttribute("role", "link");
        card.getElement().setAttribute("tabindex", "0");
        Span title = new Span(n.title());
        title.addClassName(n.read() ? "portal-notification-read" : "portal-notification-unread");
        card.add(title);
        if (!n.read()) {
            Span unread = new Span(getTranslation("notifications.unread"));
            unread.getElement().getThemeList().add("badge small");
            card.add(unread);
        }
        if (n.body() != null) {
            Paragraph body = new Paragraph(n.body());
            body.addClassName("portal-prewrap");
            card.add(body);
        }
        Paragraph at = new Paragraph(PortalDates.dateTime(n.createdAt(), getLocale()));
        at.addClassName("portal-hint");
        card.add(at);
        card.addClickListener(e -> open(n));
        card.getElement().addEventListener("keydown", e -> open(n)).setFilter("event.key === 'Enter'");
        return card;
    }

    private void open(InAppNotification n) {
        notifications.markRead(n.id());
        getUI().ifPresent(ui -> ui.navigate(n.link() == null ? "" : n.link()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
