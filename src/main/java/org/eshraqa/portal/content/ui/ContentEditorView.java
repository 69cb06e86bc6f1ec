package org.eshraqa.portal.content.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.eshraqa.portal.content.Audience;
import org.eshraqa.portal.content.Content;
import org.eshraqa.portal.content.ContentKind;
import org.eshraqa.portal.content.EditConflict;
import org.eshraqa.portal.content.EntryDraft;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.PortalIcon;

/**
 * Writing one page, FAQ entry or guide: title and Markdown in Arabic and in English side by side
 * (one above the other on a phone), each with a preview made by the same sanitiser readers get.
 * A refused save keeps every character typed and says what to fix; a save over someone else's
 * change is refused too, with the typed text still there.
 */
@Route(ContentAdminView.ROUTE + "/:entry")
@RolesAllowed("ADMIN")
public class ContentEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String NEW = "new-";

    private final transient Content content;
    private final H1 heading = new H1();
    private final TextField slug = new TextField();
    private final RadioButtonGroup<Audience> audience = new RadioButtonGroup<>();
    private final Checkbox published = new Checkbox();
    private final LanguageColumn arabic;
    private final LanguageColumn english;
    private final Paragraph error = new Paragraph();
    private final Div conflict = new Div();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Anchor back = new Anchor();
    private final Anchor open = new Anchor();
    private Long id;
    private ContentKind kind;
    private long version;

    public ContentEditorView(Content content) {
        this.content = content;
        addClassName("portal-page");
        setId("content-editor-view");
        arabic = new LanguageColumn("ar");
        english = new LanguageColumn("en");

        slug.setId("entry-slug");
        slug.setLabel(getTranslation("content.editor.slug"));
        audience.setId("entry-audience");
        audience.setLabel(getTranslation("content.editor.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("content.audience." + a.name()));
        audience.setHelperText(getTranslation("content.editor.audience.help"));
        published.setId("entry-published");
        published.setLabel(getTranslation("content.editor.published"));
        Div settings = new Div(slug, audience, published);
        settings.addClassName("portal-editor-settings");

        Div languages = new Div(arabic, english);
        languages.addClassName("portal-editor-languages");

        error.setId("entry-error");
        error.addClassName("portal-error-text");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Button reload = new Button(getTranslation("content.conflict.reload"), PortalIcon.REFRESH.create(),
                e -> UI.getCurrent().getPage().reload());
        reload.setId("entry-reload");
        Paragraph conflictText = new Paragraph(getTranslation("content.conflict"));
        conflict.add(conflictText, reload);
        conflict.setId("entry-conflict");
        conflict.addClassName("portal-error-text");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);

        save.setText(getTranslation("action.save"));
        save.setId("entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        save.setDisableOnClick(true);
        delete.setText(getTranslation("content.delete"));
        delete.setId("entry-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(e -> confirmDelete());
        back.setId("entry-back");
        back.setText(getTranslation("content.editor.back"));
        back.addClassName("portal-cta");
        open.setId("entry-open");
        open.setText(getTranslation("content.editor.open"));
        open.setTarget("_blank");
        open.setRouterIgnore(true);
        HorizontalLayout buttons = new HorizontalLayout(save, back, open, delete);
        buttons.addClassName("portal-editor-buttons");
        buttons.setAlignItems(HorizontalLayout.Alignment.CENTER);

        Paragraph markdownHelp = new Paragraph(new Span(getTranslation("content.editor.markdown")));
        markdownHelp.addClassNames("portal-hint", "portal-markdown-help");
        markdownHelp.setId("markdown-help");
        for (String[] example : new String[][] {{"## …", "heading"}, {"**…**", "bold"}, {"- …", "list"},
                {"[…](https://…)", "link"}}) {
            Span syntax = new Span(example[0]);
            syntax.addClassName("portal-code");
            syntax.getElement().setAttribute("dir", "ltr");
            markdownHelp.add(new Span(syntax, new Span(getTranslation("content.editor.markdown." + example[1]))));
        }
        add(heading, settings, markdownHelp, languages, error, conflict, buttons);
    }

    /** The path segment that opens the editor on a new entry of this kind. */
    static String newEntry(ContentKind kind) {
        return NEW + kind.name().toLowerCase(Locale.ROOT);
    }

    static Optional<ContentKind> kindOf(String name) {
        return Arrays.stream(ContentKind.values()).filter(k -> k.name().equalsIgnoreCase(name)).findFirst();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String entry = event.getRouteParameters().get("entry").orElse("");
        EntryDraft draft;
        if (entry.startsWith(NEW)) {
            ContentKind newKind = kindOf(entry.substring(NEW.length())).filter(k -> k != ContentKind.PAGE)
                    .orElseThrow(NotFoundException::new);
            draft = EntryDraft.blank(newKind);
        } else if (entry.matches("\\d{1,18}")) {
            draft = content.draft(Long.parseLong(entry)).orElseThrow(NotFoundException::new);
        } else {
            throw new NotFoundException();
        }
        show(draft);
    }

    private void show(EntryDraft draft) {
        id = draft.id();
        kind = draft.kind();
        version = draft.version();
        heading.setText(id == null ? getTranslation("content.editor.new." + kind.name())
                : getTranslation("content.editor.edit", title(draft)));
        slug.setValue(draft.slug() == null ? "" : draft.slug());
        slug.setReadOnly(kind == ContentKind.PAGE);
        slug.setHelperText(getTranslation(kind == ContentKind.PAGE ? "content.editor.slug.page"
                : "content.editor.slug.help." + kind.name()));
        audience.setValue(draft.audience());
        audience.setVisible(kind == ContentKind.GUIDE);
        published.setValue(draft.published());
        arabic.set(draft.titleAr(), draft.bodyAr());
        english.set(draft.titleEn(), draft.bodyEn());
        delete.setVisible(id != null && kind != ContentKind.PAGE);
        back.setHref(ContentAdminView.listPath(kind));
        open.setHref(kind.path(draft.slug() == null ? "" : draft.slug()));
        open.setVisible(id != null && draft.published());
    }

    private String title(EntryDraft draft) {
        return "en".equals(getLocale().getLanguage()) ? draft.titleEn() : draft.titleAr();
    }

    private void save() {
        clearErrors();
        try {
            long saved = content.save(new EntryDraft(id, kind, slug.getValue(), audience.getValue(), arabic.title(),
                    english.title(), arabic.body(), english.body(), published.getValue(), version));
            boolean created = id == null;
            Optional<EntryDraft> fresh = content.draft(saved);
            if (fresh.isEmpty()) {
                conflict.setVisible(true); // deleted in the moment after it was saved
                return;
            }
            show(fresh.get());
            if (created) {
                UI.getCurrent().getPage().getHistory().replaceState(null, ContentAdminView.ROUTE + "/" + saved);
            }
            Notification.show(getTranslation("content.saved"), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(this::showError);
            error.setText(getTranslation("content.editor.invalid"));
            error.setVisible(true);
        } catch (EditConflict e) {
            conflict.setVisible(true);
        } finally {
            save.setEnabled(true);
        }
    }

    private void showError(String field, String key) {
        String message = getTranslation(key);
        switch (field) {
            case "slug" -> {
                slug.setErrorMessage(message);
                slug.setInvalid(true);
            }
            case "titleAr" -> arabic.titleError(message);
            case "titleEn" -> english.titleError(message);
            case "bodyAr" -> arabic.bodyError(message);
            case "bodyEn" -> english.bodyError(message);
            default -> {
                // Not tied to one field (the kind): the message above the buttons says it.
            }
        }
    }

    private void clearErrors() {
        slug.setInvalid(false);
        arabic.clearErrors();
        english.clearErrors();
        error.setVisible(false);
        conflict.setVisible(false);
    }

    private void confirmDelete() {
        DestructiveConfirm.open("content-delete-dialog", getTranslation("content.delete.title"),
                getTranslation("content.delete.text", heading.getText()), getTranslation("content.delete"),
                this::delete);
    }

    private void delete() {
        try {
            content.delete(id, version);
            Notification.show(getTranslation("content.deleted"), 4000, Notification.Position.BOTTOM_CENTER)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(ContentAdminView.ROUTE,
                    QueryParameters.of(ContentAdminView.KIND, kind.name()));
        } catch (EditConflict ex) {
            clearErrors();
            conflict.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText();
    }

    /**
     * Title, Markdown and preview in one language. The text typed and the preview run in that
     * language's direction whatever the language of the page around them.
     */
    private final class LanguageColumn extends Section {

        private final TextField title = new TextField();
        private final TextArea body = new TextArea();
        private final H2 previewTitle = new H2();
        private final ArticleBody preview = new ArticleBody("");

        LanguageColumn(String language) {
            String dir = "ar".equals(language) ? "rtl" : "ltr";
            addClassName("portal-editor-language");
            // Labels and messages follow the page's language; the text typed and its preview follow
            // the column's (portal.css sets the direction of the input itself).
            getElement().setAttribute("lang", language);
            H2 name = new H2(getTranslation("content.editor.language." + language));
            title.setId("entry-title-" + language);
            title.setLabel(getTranslation("content.editor.title"));
            title.setWidthFull();
            body.setId("entry-body-" + language);
            body.setLabel(getTranslation("content.editor.body"));
            body.setHelperText(getTranslation("content.editor.body.help"));
            body.setWidthFull();
            body.addClassName("portal-markdown");
            title.setValueChangeMode(ValueChangeMode.LAZY);
            body.setValueChangeMode(ValueChangeMode.LAZY);
            body.setValueChangeTimeout(500);
            title.addValueChangeListener(e -> refreshPreview());
            body.addValueChangeListener(e -> refreshPreview());
            preview.setId("entry-preview-" + language);
            preview.getElement().setAttribute("data-empty", getTranslation("content.editor.preview.empty"));
            Div previewBox = new Div(new H3(getTranslation("content.editor.preview")), previewTitle, preview);
            previewBox.addClassName("portal-preview");
            previewBox.setId("entry-preview-box-" + language);
            previewTitle.getElement().setAttribute("lang", language).setAttribute("dir", dir);
            preview.getElement().setAttribute("lang", language).setAttribute("dir", dir);
            add(name, title, body, previewBox);
        }

        void set(String titleText, String bodyText) {
            title.setValue(titleText == null ? "" : titleText);
            body.setValue(bodyText == null ? "" : bodyText);
            refreshPreview();
        }

        String title() {
            return title.getValue();
        }

        String body() {
            return body.getValue();
        }

        void titleError(String message) {
            title.setErrorMessage(message);
            title.setInvalid(true);
        }

        void bodyError(String message) {
            body.setErrorMessage(message);
            body.setInvalid(true);
        }

        void clearErrors() {
            title.setInvalid(false);
            body.setInvalid(false);
        }

        private void refreshPreview() {
            previewTitle.setText(title.getValue());
            preview.setHtml(content.preview(body.getValue()));
        }
    }
}
