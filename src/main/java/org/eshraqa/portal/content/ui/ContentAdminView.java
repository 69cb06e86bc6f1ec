package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eshraqa.portal.content.Audience;
import org.eshraqa.portal.content.Content;
import org.eshraqa.portal.content.ContentKind;
import org.eshraqa.portal.content.EditConflict;
import org.eshraqa.portal.content.EntrySummary;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.PortalIcon;

/**
 * The administrator's list of pages, FAQ entries and guides, one kind at a time: their order,
 * whether they are published and for whom, and the way into the editor. Pages cannot be added or
 * deleted, only edited or hidden.
 */
@Route("admin/content")
@Menu(order = 95, title = "nav.admin.content", icon = "vaadin:edit")
@RolesAllowed("ADMIN")
public class ContentAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "admin/content";
    static final String KIND = "kind";

    private final transient Content content;
    private final Map<ContentKind, Anchor> kindLinks = new EnumMap<>(ContentKind.class);
    private final UnorderedList list = new UnorderedList();
    private final Button create = new Button();
    private ContentKind kind = ContentKind.PAGE;
    private List<EntrySummary> rows = List.of();
    /** Each entry's move buttons (up, down), so focus can follow a moved entry. */
    private final Map<Long, Button[]> moveButtons = new HashMap<>();

    public ContentAdminView(Content content) {
        this.content = content;
        addClassName("portal-page");
        setId("content-admin-view");

        // One link per kind rather than tabs: each kind has its own address, which the editor's
        // "back" returns to.
        Nav kinds = new Nav();
        kinds.setId("content-kinds");
        kinds.addClassName("portal-kinds");
        kinds.getElement().setAttribute("aria-label", getTranslation("content.admin.kinds"));
        for (ContentKind k : ContentKind.values()) {
            Anchor link = new Anchor(listPath(k), getTranslation("content.kind." + k.name()));
            link.setId("content-kind-" + k.name());
            kindLinks.put(k, link);
            kinds.add(link);
        }

        create.setIcon(PortalIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("content-new");
        create.addClickListener(e -> UI.getCurrent().navigate(ROUTE + "/" + ContentEditorView.newEntry(kind)));
        HorizontalLayout toolbar = new HorizontalLayout(kinds, create);
        toolbar.addClassName("portal-toolbar");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setFlexGrow(1, kinds);

        list.setId("content-list");
        list.addClassName("portal-entry-list");

        add(new H1(getTranslation("content.admin.title")), toolbar, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        kind = event.getLocation().getQueryParameters().getSingleParameter(KIND).flatMap(ContentEditorView::kindOf)
                .orElse(ContentKind.PAGE);
        kindLinks.forEach((k, link) -> {
            link.getElement().setAttribute("aria-current", k == kind ? "page" : "false");
            link.setClassName("portal-kind-current", k == kind);
        });
        refresh();
    }

    /** The list of one kind, e.g. {@code admin/content?kind=FAQ}. */
    static String listPath(ContentKind kind) {
        return new Location(ROUTE, QueryParameters.of(KIND, kind.name())).getPathWithQueryParameters();
    }

    private void refresh() {
        create.setVisible(kind != ContentKind.PAGE);
        if (kind != ContentKind.PAGE) {
            create.setText(getTranslation("content.admin.new." + kind.name()));
        }
        rows = content.entries(kind);
        list.removeAll();
        moveButtons.clear();
        list.getElement().setAttribute("aria-labelledby", "content-kind-" + kind.name());
        rows.forEach(entry -> {
            ListItem item = new ListItem(titleCell(entry), actions(entry));
            item.setId("entry-" + entry.slug());
            item.addClassName("portal-entry");
            list.add(item);
        });
        if (rows.isEmpty()) {
            list.add(new ListItem(new Paragraph(getTranslation("content.admin.empty"))));
        }
    }

    private Div titleCell(EntrySummary entry) {
        Span title = new Span(entry.title(getLocale()));
        title.addClassName("portal-entry-title");
        Span path = new Span("/" + entry.path());
        path.addClassName("portal-hint");
        path.getElement().setAttribute("dir", "ltr");
        Div badges = new Div();
        badges.addClassName("portal-badges");
        if (!entry.published()) {
            Span hidden = new Span(getTranslation("content.admin.hidden"));
            hidden.getElement().getThemeList().add("badge error");
            badges.add(hidden);
        }
        if (entry.audience() == Audience.STAFF) {
            badges.add(StaffBadge.create());
        }
        Span updated = new Span(getTranslation("content.admin.updatedAt",
                PortalDates.dateTime(entry.updatedAt(), getLocale())));
        updated.addClassName("portal-hint");
        Div cell = new Div(title, path, badges, updated);
        cell.addClassName("portal-entry-cell");
        return cell;
    }

    private HorizontalLayout actions(EntrySummary entry) {
        int at = rows.indexOf(entry);
        String title = entry.title(getLocale());
        Button up = iconButton(PortalIcon.ARROW_UP, getTranslation("content.admin.up", title), () -> move(entry, true));
        up.setEnabled(at > 0);
        Button down = iconButton(PortalIcon.ARROW_DOWN, getTranslation("content.admin.down", title),
                () -> move(entry, false));
        down.setEnabled(at >= 0 && at < rows.size() - 1);
        moveButtons.put(entry.id(), new Button[] {up, down});
        Anchor edit = new Anchor(ROUTE + "/" + entry.id(), getTranslation("content.admin.edit"));
        edit.getElement().setAttribute("aria-label", getTranslation("content.admin.editNamed", title));
        edit.addClassName("portal-entry-edit");
        edit.setId("content-edit-" + entry.slug());
        HorizontalLayout box = new HorizontalLayout(up, down, edit);
        if (entry.kind() != ContentKind.PAGE) {
            Button delete = new Button(getTranslation("content.delete"), e -> confirmDelete(entry));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("content.admin.deleteNamed", title));
            box.add(delete);
        }
        box.setSpacing(false);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.addClassName("portal-entry-actions");
        return box;
    }

    private static Button iconButton(PortalIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void move(EntrySummary entry, boolean up) {
        try {
            content.move(entry.id(), up);
        } catch (EditConflict e) {
            error(e.messageKey());
        }
        refresh();
        // The list is drawn again: keep the keyboard on the entry that moved.
        Button[] buttons = moveButtons.get(entry.id());
        if (buttons != null) {
            Button same = up ? buttons[0] : buttons[1];
            (same.isEnabled() ? same : up ? buttons[1] : buttons[0]).focus();
        }
    }

    private void confirmDelete(EntrySummary entry) {
        DestructiveConfirm.open("content-delete-dialog", getTranslation("content.delete.title"),
                getTranslation("content.delete.text", entry.title(getLocale())), getTranslation("content.delete"),
                () -> delete(entry));
    }

    private void delete(EntrySummary entry) {
        try {
            content.delete(entry.id(), entry.version());
            Notification.show(getTranslation("content.deleted"), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (EditConflict ex) {
            error(ex.messageKey());
        } catch (InvalidInputException ex) {
            error(ex.fieldErrors().values().iterator().next());
        }
        refresh();
    }

    private void error(String key) {
        Notification.show(getTranslation(key), 6000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("content.admin.title");
    }
}
