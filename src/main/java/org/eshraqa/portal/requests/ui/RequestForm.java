package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eshraqa.portal.shared.ui.BoundedUpload;
import org.eshraqa.portal.shared.ui.DateInputs;
import org.eshraqa.portal.requests.Applicant;
import org.eshraqa.portal.requests.Applicant.BirthCalendar;
import org.eshraqa.portal.requests.Applicant.Employment;
import org.eshraqa.portal.requests.Applicant.Gender;
import org.eshraqa.portal.requests.Applicant.IncomeBand;
import org.eshraqa.portal.requests.Applicant.MaritalStatus;
import org.eshraqa.portal.requests.BeneficiaryRequestView;
import org.eshraqa.portal.requests.DocumentInfo;
import org.eshraqa.portal.requests.DocumentType;
import org.eshraqa.portal.requests.FormSection;
import org.eshraqa.portal.requests.ServiceOffer;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.TransitionRefused;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.portal.shared.ui.PortalIcon;

/**
 * The support request form (the electronic version of the paper form, P-9): identity, contact,
 * household, the need and the required documents. Every change is saved at once, so a closed
 * browser loses nothing; a value typed wrong is marked on its field and the last valid one is
 * kept. Only the sections the request lets this person change are enabled — all of them in a
 * draft, the reopened ones while staff wait for information.
 */
class RequestForm extends Div {

    private final transient SupportRequests requests;
    private final long requestId;
    private final ServiceOffer service;
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final Map<DocumentType, UnorderedList> documentLists = new EnumMap<>(DocumentType.class);
    private final Map<DocumentType, Paragraph> documentErrors = new EnumMap<>(DocumentType.class);
    private final Span savedIndicator = new Span();
    private boolean loading;

    private final TextField fullName = new TextField();
    private final TextField latinName = new TextField();
    private final TextField nationalId = new TextField();
    private final RadioButtonGroup<BirthCalendar> birthCalendar = new RadioButtonGroup<>();
    private final DatePicker gregorianBirth = new DatePicker();
    private final IntegerField hijriDay = new IntegerField();
    private final Select<Integer> hijriMonth = new Select<>();
    private final IntegerField hijriYear = new IntegerField();
    private final ComboBox<Gender> gender = new ComboBox<>();
    private final ComboBox<String> nationality = new ComboBox<>();
    private final ComboBox<MaritalStatus> maritalStatus = new ComboBox<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final TextField city = new TextField();
    private final TextField mobile = new TextField();
    private final TextField email = new TextField();
    private final IntegerField householdMembers = new IntegerField();
    private final ComboBox<IncomeBand> incomeBand = new ComboBox<>();
    private final ComboBox<Employment> employment = new ComboBox<>();
    private final TextArea need = new TextArea();
    private final Div hijriBirth = new Div();

    RequestForm(SupportRequests requests, long requestId, ServiceOffer service, BeneficiaryRequestView request,
                boolean editableByOwnerRules) {
        this.requests = requests;
        this.requestId = requestId;
        this.service = service;
        addClassName("portal-request-form");
        setId("request-form");
        savedIndicator.setId("draft-saved");
        savedIndicator.addClassName("portal-hint");
        savedIndicator.getElement().setAttribute("aria-live", "polite");
        build();
        load(request, editableByOwnerRules);
    }

    private void build() {
        label(fullName, "fullName", "applicant.fullName", "applicant.fullName.help");
        fullName.setMaxLength(200);
        fullName.setRequiredIndicatorVisible(true);
        label(latinName, "latinName", "applicant.latinName", "applicant.optional");
        latinName.setMaxLength(200);
        latinName.getElement().setAttribute("dir", "ltr");
        label(nationalId, "nationalId", "applicant.nationalId", "applicant.nationalId.help");
        nationalId.setMaxLength(20);
        nationalId.setRequiredIndicatorVisible(true);
        nationalId.getElement().setAttribute("inputmode", "numeric");

        birthCalendar.setLabel(getTranslation("applicant.birthCalendar"));
        birthCalendar.setId("birthCalendar");
        birthCalendar.setItems(BirthCalendar.HIJRI, BirthCalendar.GREGORIAN);
        birthCalendar.setItemLabelGenerator(c -> getTranslation("applicant.birthCalendar." + c.name()));
        birthCalendar.setValue(BirthCalendar.HIJRI);
        birthCalendar.addValueChangeListener(e -> showBirthCalendar());
        gregorianBirth.setLabel(getTranslation("applicant.birthDate"));
        gregorianBirth.setId("birthDate");
        gregorianBirth.setMax(LocalDate.now());
        DateInputs.localise(gregorianBirth);
        gregorianBirth.setRequiredIndicatorVisible(true);
        hijriDay.setLabel(getTranslation("applicant.hijri.day"));
        hijriDay.setId("hijriDay");
        hijriDay.setMin(1);
        hijriDay.setMax(30);
        hijriMonth.setLabel(getTranslation("applicant.hijri.month"));
        hijriMonth.setId("hijriMonth");
        hijriMonth.setItems(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        hijriMonth.setItemLabelGenerator(this::hijriMonthName);
        hijriYear.setLabel(getTranslation("applicant.hijri.year"));
        hijriYear.setId("hijriYear");
        hijriYear.setMin(1300);
        hijriYear.setMax(1500);
        hijriBirth.addClassName("portal-hijri-date");
        hijriBirth.add(hijriDay, hijriMonth, hijriYear);
        fields.put("birthDate", gregorianBirth);

        select(gender, "gender", "applicant.gender", Gender.values());
        nationality.setLabel(getTranslation("applicant.nationality"));
        nationality.setId("nationality");
        nationality.setRequiredIndicatorVisible(true);
        List<String> countries = new ArrayList<>(Arrays.asList(Locale.getISOCountries()));
        countries.sort(Comparator.comparing((String c) -> !c.equals("SA")).thenComparing(this::countryName));
        nationality.setItems(countries);
        nationality.setItemLabelGenerator(this::countryName);
        fields.put("nationality", nationality);
        select(maritalStatus, "maritalStatus", "applicant.maritalStatus", MaritalStatus.values());

        select(region, "region", "applicant.region", Region.values());
        label(city, "city", "applicant.city", null);
        city.setMaxLength(100);
        city.setRequiredIndicatorVisible(true);
        label(mobile, "mobile", "register.mobile", "register.mobile.help");
        mobile.setRequiredIndicatorVisible(true);
        mobile.getElement().setAttribute("dir", "ltr");
        mobile.getElement().setAttribute("inputmode", "tel");
        label(email, "email", "applicant.email", null);
        email.setRequiredIndicatorVisible(true);
        email.getElement().setAttribute("dir", "ltr");

        householdMembers.setLabel(getTranslation("applicant.householdMembers"));
        householdMembers.setId("householdMembers");
        householdMembers.setMin(1);
        householdMembers.setMax(30);
        householdMembers.setStepButtonsVisible(true);
        householdMembers.setRequiredIndicatorVisible(true);
        fields.put("householdMembers", householdMembers);
        select(incomeBand, "incomeBand", "applicant.incomeBand", IncomeBand.values());
        select(employment, "employment", "applicant.employment", Employment.values());

        label(need, "need", "requestForm.need", "requestForm.need.help");
        need.setMaxLength(4000);
        need.setMinHeight("10rem");
        need.setRequiredIndicatorVisible(true);

        add(section(FormSection.IDENTITY, "requestForm.section.identity",
                form(fullName, latinName, nationalId, birthCalendar, gregorianBirth, hijriBirth, gender, nationality,
                        maritalStatus)),
                section(FormSection.CONTACT, "requestForm.section.contact", form(region, city, mobile, email)),
                section(FormSection.HOUSEHOLD, "requestForm.section.household",
                        form(householdMembers, incomeBand, employment)),
                section(FormSection.NEED, "requestForm.section.need", need),
                documentsSection(),
                savedIndicator);

        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(fullName, latinName, nationalId, birthCalendar,
                gregorianBirth, hijriDay, hijriMonth, hijriYear, gender, nationality, maritalStatus, region, city,
                mobile, email, householdMembers, incomeBand, employment, need)) {
            field.addValueChangeListener(e -> {
                if (!loading && e.isFromClient()) {
                    save();
                }
            });
        }
    }

    private Section section(FormSection section, String titleKey, Component content) {
        Section card = new Section(new H2(getTranslation(titleKey)), content);
        card.addClassName("portal-card");
        card.setId("section-" + section.name().toLowerCase(Locale.ROOT));
        return card;
    }

    private FormLayout form(Component... components) {
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        for (Component c : List.of(components)) {
            if (c == need || c == birthCalendar || c == hijriBirth) {
                form.setColspan(c, 2);
            }
        }
        return form;
    }

    private Section documentsSection() {
        Section card = new Section(new H2(getTranslation("requestForm.section.documents")),
                new Paragraph(getTranslation("requestForm.documents.help",
                        requests.maxDocumentBytes() / (1024 * 1024))));
        card.addClassName("portal-card");
        card.setId("section-documents");
        for (DocumentType type : service.requiredDocuments()) {
            String id = "documents-" + type.name().toLowerCase(Locale.ROOT).replace('_', '-');
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
            upload.setMaxFileSize((int) requests.maxDocumentBytes());
            upload.setMaxFiles(5);
            upload.setI18n(uploadI18n());
            upload.setUploadHandler(BoundedUpload.of(requests.maxDocumentBytes(),
                    (fileName, bytes) -> upload(type, fileName, bytes, upload),
                    () -> {
                        upload.clearFileList();
                        showDocumentError(type, getTranslation("document.tooLarge"));
                    }));
            upload.addFileRejectedListener(e -> showDocumentError(type, e.getErrorMessage()));
            documentLists.put(type, list);
            documentErrors.put(type, error);
            H3 title = new H3(getTranslation("document." + type.name()));
            title.getElement().setAttribute("id", id + "-title");
            card.add(title, list, error, upload);
        }
        return card;
    }

    private void upload(DocumentType type, String fileName, byte[] bytes, Upload upload) {
        try {
            requests.addDocument(requestId, type, fileName, bytes);
            documentErrors.get(type).setVisible(false);
            upload.clearFileList();
            refreshDocuments();
            markSaved();
        } catch (InvalidInputException e) {
            upload.clearFileList();
            showDocumentError(type, getTranslation(e.fieldErrors().values().iterator().next()));
        } catch (TransitionRefused e) {
            upload.clearFileList();
            showDocumentError(type, getTranslation(e.messageKey()));
        }
    }

    private void showDocumentError(DocumentType type, String text) {
        Paragraph error = documentErrors.get(type);
        error.setText(text);
        error.setVisible(true);
    }

    private void refreshDocuments() {
        BeneficiaryRequestView view = current();
        fillDocuments(view.documents(), view.isEditable(FormSection.DOCUMENTS) || editableAll);
    }

    private boolean editableAll;
    private java.util.Set<FormSection> highlight = java.util.Set.of();

    private BeneficiaryRequestView current() {
        return requests.findMine(requestId)
                .or(() -> requests.findForStaff(requestId).map(s -> s.mirror()))
                .orElseThrow(com.vaadin.flow.router.NotFoundException::new);
    }

    private void fillDocuments(List<DocumentInfo> documents, boolean editable) {
        documentLists.forEach((type, list) -> {
            list.removeAll();
            documents.stream().filter(d -> d.type() == type).forEach(d -> {
                Anchor link = RequestPanels.download(requests, requestId, d);
                ListItem item = new ListItem(PortalIcon.FILE_TEXT_O.create(), link,
                        new Span(" (" + sizeText(d.sizeBytes()) + ")"));
                if (editable) {
                    Button remove = new Button(PortalIcon.TRASH.create(), e -> {
                        requests.removeDocument(requestId, d.id());
                        refreshDocuments();
                    });
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                    remove.setAriaLabel(getTranslation("document.remove", d.fileName()));
                    item.add(remove);
                }
                list.add(item);
            });
            if (documents.stream().noneMatch(d -> d.type() == type)) {
                list.add(new ListItem(getTranslation("document.none")));
            }
        });
    }

    private String sizeText(long bytes) {
        return bytes >= 1024 * 1024 ? getTranslation("document.size.mb", String.format(getLocale(), "%.1f",
                bytes / (1024.0 * 1024.0))) : getTranslation("document.size.kb", Math.max(1, bytes / 1024));
    }

    private void load(BeneficiaryRequestView request, boolean editableByOwnerRules) {
        loading = true;
        Applicant a = request.applicant();
        fullName.setValue(text(a.fullName()));
        latinName.setValue(text(a.latinName()));
        nationalId.setValue(text(a.nationalId()));
        birthCalendar.setValue(a.birthCalendar() == null ? BirthCalendar.HIJRI : a.birthCalendar());
        gregorianBirth.setValue(a.birthDate());
        if (a.birthDate() != null) {
            HijrahDate hijrah = HijrahChronology.INSTANCE.date(a.birthDate());
            hijriDay.setValue(hijrah.get(ChronoField.DAY_OF_MONTH));
            hijriMonth.setValue(hijrah.get(ChronoField.MONTH_OF_YEAR));
            hijriYear.setValue(hijrah.get(ChronoField.YEAR));
        }
        gender.setValue(a.gender());
        nationality.setValue(a.nationality());
        maritalStatus.setValue(a.maritalStatus());
        region.setValue(a.region());
        city.setValue(text(a.city()));
        mobile.setValue(a.mobile() == null ? "" : org.eshraqa.portal.shared.SaudiMobile.parse(a.mobile())
                .map(org.eshraqa.portal.shared.SaudiMobile::local).orElse(a.mobile()));
        email.setValue(text(a.email()));
        householdMembers.setValue(a.householdMembers());
        incomeBand.setValue(a.incomeBand());
        employment.setValue(a.employment());
        need.setValue(text(request.needDescription()));
        showBirthCalendar();
        editableAll = !editableByOwnerRules;
        highlight = request.state() == org.eshraqa.portal.requests.RequestState.NEEDS_INFO ? request.reopened()
                : java.util.Set.of();
        setSectionEnabled(FormSection.IDENTITY, editableAll || request.isEditable(FormSection.IDENTITY),
                fullName, latinName, nationalId, birthCalendar, gregorianBirth, hijriDay, hijriMonth, hijriYear,
                gender, nationality, maritalStatus);
        setSectionEnabled(FormSection.CONTACT, editableAll || request.isEditable(FormSection.CONTACT),
                region, city, mobile, email);
        setSectionEnabled(FormSection.HOUSEHOLD, editableAll || request.isEditable(FormSection.HOUSEHOLD),
                householdMembers, incomeBand, employment);
        setSectionEnabled(FormSection.NEED, editableAll || request.isEditable(FormSection.NEED), need);
        boolean documentsEditable = editableAll || request.isEditable(FormSection.DOCUMENTS);
        setSectionEnabled(FormSection.DOCUMENTS, documentsEditable);
        getChildren().filter(c -> c.getId().orElse("").equals("section-documents")).findFirst().ifPresent(c ->
                c.getChildren().filter(Upload.class::isInstance).forEach(u -> u.setVisible(documentsEditable)));
        fillDocuments(request.documents(), documentsEditable);
        loading = false;
    }

    private void setSectionEnabled(FormSection section, boolean enabled, HasValue<?, ?>... components) {
        for (HasValue<?, ?> component : components) {
            component.setReadOnly(!enabled);
        }
        getChildren().filter(c -> c.getId().orElse("").equals("section-" + section.name().toLowerCase(Locale.ROOT)))
                .findFirst().ifPresent(c -> c.getElement().getClassList().set("portal-section-reopened",
                        highlight.contains(section)));
    }

    /** Saves everything on the form and shows each field's error, if any. */
    Map<String, String> save() {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate birthDate = birthDate(errors);
        Applicant applicant = new Applicant(fullName.getValue(), latinName.getValue(), nationalId.getValue(), birthDate,
                birthCalendar.getValue(), gender.getValue(), nationality.getValue(), maritalStatus.getValue(),
                region.getValue(), city.getValue(), mobile.getValue(), email.getValue(), householdMembers.getValue(),
                incomeBand.getValue(), employment.getValue());
        try {
            errors.putAll(requests.saveDraft(requestId, applicant, need.getValue()));
            markSaved();
        } catch (TransitionRefused e) {
            errors.put("form", e.messageKey());
        }
        showErrors(errors);
        return errors;
    }

    private LocalDate birthDate(Map<String, String> errors) {
        if (birthCalendar.getValue() == BirthCalendar.GREGORIAN) {
            if (gregorianBirth.isInvalid() && gregorianBirth.getValue() == null) {
                errors.put("birthDate", "applicant.birthDate.invalid");
            }
            return gregorianBirth.getValue();
        }
        if (hijriDay.getValue() == null || hijriMonth.getValue() == null || hijriYear.getValue() == null) {
            return null;
        }
        try {
            return LocalDate.from(HijrahChronology.INSTANCE.date(hijriYear.getValue(), hijriMonth.getValue(),
                    hijriDay.getValue()));
        } catch (DateTimeException e) {
            errors.put("birthDate", "applicant.birthDate.invalid");
            return null;
        }
    }

    /** Marks the fields named in {@code errors}, clears the others, returns the first invalid component. */
    Component showErrors(Map<String, String> errors) {
        Component first = null;
        for (Map.Entry<String, Component> entry : fields.entrySet()) {
            String key = errors.get(entry.getKey());
            Component target = entry.getKey().equals("birthDate") && birthCalendar.getValue() == BirthCalendar.HIJRI
                    ? hijriDay : entry.getValue();
            clear(entry.getValue());
            clear(hijriDay);
            if (key != null && target instanceof HasValidation validation) {
                validation.setErrorMessage(getTranslation(key));
                validation.setInvalid(true);
                first = first == null ? target : first;
            }
        }
        for (String key : errors.keySet()) {
            if (key.equals("birthDate") && errors.get(key) != null && birthCalendar.getValue() == BirthCalendar.HIJRI) {
                hijriDay.setErrorMessage(getTranslation(errors.get(key)));
                hijriDay.setInvalid(true);
            }
        }
        documentErrors.forEach((type, paragraph) -> {
            String key = errors.get("documents." + type.name());
            if (key != null) {
                paragraph.setText(getTranslation(key));
                paragraph.setVisible(true);
            }
        });
        return first;
    }

    private static void clear(Component component) {
        if (component instanceof HasValidation validation) {
            validation.setInvalid(false);
        }
    }

    private void markSaved() {
        savedIndicator.setText(getTranslation("requestForm.saved",
                org.eshraqa.portal.shared.PortalDates.time(java.time.Instant.now(), getLocale())));
    }

    private void showBirthCalendar() {
        boolean hijri = birthCalendar.getValue() != BirthCalendar.GREGORIAN;
        hijriBirth.setVisible(hijri);
        gregorianBirth.setVisible(!hijri);
        fields.put("birthDate", hijri ? hijriDay : gregorianBirth);
    }

    private void label(Component field, String name, String labelKey, String helperKey) {
        field.setId(name);
        if (field instanceof TextField text) {
            text.setLabel(getTranslation(labelKey));
            if (helperKey != null) {
                text.setHelperText(getTranslation(helperKey));
            }
            text.setWidthFull();
        } else if (field instanceof TextArea area) {
            area.setLabel(getTranslation(labelKey));
            if (helperKey != null) {
                area.setHelperText(getTranslation(helperKey));
            }
            area.setWidthFull();
        }
        fields.put(name, field);
    }

    /**
     * A choice from a short list. A combo box rather than a select: Vaadin's select puts
     * aria-required on a button, which screen readers and axe reject (web-components#7337).
     */
    @SafeVarargs
    private <E extends Enum<E>> void select(ComboBox<E> select, String name, String labelKey, E... values) {
        select.setId(name);
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> getTranslation(labelKey + "." + v.name()));
        select.setPlaceholder(getTranslation("applicant.choose"));
        select.setClearButtonVisible(true);
        select.setRequiredIndicatorVisible(true);
        fields.put(name, select);
    }

    private String countryName(String code) {
        return Locale.of("", code).getDisplayCountry(getLocale());
    }

    private String hijriMonthName(Integer month) {
        if (month == null) {
            return getTranslation("applicant.choose");
        }
        return DateTimeFormatter.ofPattern("MMMM", getLocale()).withChronology(HijrahChronology.INSTANCE)
                .format(HijrahChronology.INSTANCE.date(1447, month, 1));
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("document.add"))
                .setMany(getTranslation("document.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("document.drop"))
                .setMany(getTranslation("document.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("document.tooLarge"))
                .setIncorrectFileType(getTranslation("document.type"))
                .setTooManyFiles(getTranslation("document.tooMany")));
        return i18n;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
