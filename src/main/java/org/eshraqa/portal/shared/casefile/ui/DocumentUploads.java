package org.eshraqa.portal.shared.casefile.ui;

import static org.eshraqa.portal.shared.ui.Panels.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.casefile.CaseRefused;
import org.eshraqa.portal.shared.ui.BoundedUpload;

/**
 * The documents part of a case form, one block per kind of document: its title, the files sent,
 * what went wrong, and an upload bounded to the service's limit (PDF, JPEG or PNG; the service
 * checks the bytes again). A file is stored as soon as it arrives.
 *
 * @param <K> the kind of document
 */
public final class DocumentUploads<K extends Enum<K>> implements Serializable {

    /** Stores one file through the kind's service; refuses with a field error or a {@link CaseRefused}. */
    @FunctionalInterface
    public interface Store<K> extends Serializable {
        void add(K kind, String fileName, byte[] bytes);
    }

    private final long maxBytes;
    private final int maxFiles;
    private final Store<K> store;
    private final Runnable afterStored;
    private final Map<K, UnorderedList> lists;
    private final Map<K, Paragraph> errors;
    private final Map<K, Upload> uploads;

    public DocumentUploads(Class<K> kinds, long maxBytes, int maxFiles, Store<K> store, Runnable afterStored) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
        this.store = store;
        this.afterStored = afterStored;
        this.lists = new EnumMap<>(kinds);
        this.errors = new EnumMap<>(kinds);
        this.uploads = new EnumMap<>(kinds);
    }

    /** The block of one kind; its ids start with {@code id} ({@code -title}, {@code -list}, {@code -error}, {@code -upload}). */
    public Component[] block(K kind, String id, String title) {
        UnorderedList list = new UnorderedList();
        list.addClassName("portal-documents");
        list.setId(id + "-list");
        Paragraph error = new Paragraph();
        error.addClassName("portal-error-text");
        error.setId(id + "-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Upload upload = new Upload();
        upload.setId(id + "-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/jpeg", ".jpg", ".jpeg", "image/png", ".png");
        upload.setMaxFileSize((int) maxBytes);
        upload.setMaxFiles(maxFiles);
        upload.setI18n(i18n());
        upload.setUploadHandler(BoundedUpload.of(maxBytes, (fileName, bytes) -> stored(kind, fileName, bytes),
                () -> {
                    upload.clearFileList();
                    error(kind, t("document.tooLarge"));
                }));
        upload.addFileRejectedListener(e -> error(kind, e.getErrorMessage()));
        lists.put(kind, list);
        errors.put(kind, error);
        uploads.put(kind, upload);
        H3 heading = new H3(title);
        heading.getElement().setAttribute("id", id + "-title");
        return new Component[] {heading, list, error, upload};
    }

    /** The conventional id of a kind's block: {@code documents-family-record}. */
    public static String id(Enum<?> kind) {
        return "documents-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void stored(K kind, String fileName, byte[] bytes) {
        Upload upload = uploads.get(kind);
        upload.clearFileList();
        try {
            store.add(kind, fileName, bytes);
            errors.get(kind).setVisible(false);
            afterStored.run();
        } catch (InvalidInputException e) {
            error(kind, t(e.fieldErrors().values().iterator().next()));
        } catch (CaseRefused e) {
            error(kind, t(e.messageKey()));
        }
    }

    /** Lists the files sent, each kind under its own title; "none" for a kind without any. */
    public <D> void show(List<D> documents, Function<D, K> kindOf, Function<D, ListItem> item) {
        lists.forEach((kind, list) -> {
            list.removeAll();
            documents.stream().filter(d -> kindOf.apply(d) == kind).map(item).forEach(list::add);
            if (list.getComponentCount() == 0) {
                list.add(new ListItem(t("document.none")));
            }
        });
    }

    /** Whether files can be added now. */
    public void setEditable(boolean editable) {
        uploads.values().forEach(upload -> upload.setVisible(editable));
    }

    public void error(K kind, String text) {
        Paragraph error = errors.get(kind);
        error.setText(text);
        error.setVisible(true);
    }

    /** Shows the service's errors named {@code documents.<KIND>}; returns the first, or null. */
    public Component showErrors(Map<String, String> fieldErrors) {
        Component first = null;
        for (K kind : errors.keySet()) {
            String key = fieldErrors.get("documents." + kind.name());
            if (key != null) {
                error(kind, t(key));
                first = first == null ? errors.get(kind) : first;
            }
        }
        return first;
    }

    private static UploadI18N i18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("document.add")).setMany(t("document.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("document.drop")).setMany(t("document.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(t("document.tooLarge"))
                .setIncorrectFileType(t("document.type")).setTooManyFiles(t("document.tooMany")));
        return i18n;
    }
}
