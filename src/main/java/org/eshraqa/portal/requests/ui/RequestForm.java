package org.eshraqa.portal.requests.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.portal.shared.casefile.ui.CaseForm;
import org.eshraqa.portal.shared.casefile.ui.DocumentUploads;
import org.eshraqa.portal.shared.casefile.ui.PersonDraft;
import org.eshraqa.portal.shared.ui.PortalIcon;
import org.eshraqa.portal.shared.ui.TypedInputs;

/**
 * The support request form (the electronic version of the paper form, P-9): identity, contact,
 * household, the need and the required documents. Every change is saved at once, so a closed
 * browser loses nothing; a value typed wrong is marked on its field and the last valid one is
 * kept. Only the sections the request lets this person change are enabled — all of them in a
 * draft, the reopened ones while staff wait for information.
 *
 * <p>Each field is bound once ({@link #bind}): Binder reads what was typed (numbers and dates in
 * any digit set), checks it with the value types, and keeps the last valid value in {@link Draft};
 * the service checks everything again and its errors are shown on the same fields.
 */
class RequestForm extends Div implements CaseForm {

    private final transient SupportRequests requests;
    private final long requestId;
    private final ServiceOffer service;
    private final Map<String, Component> fields = new LinkedHashMap<>();
    private final DocumentUploads<DocumentType> uploads;
    private final Span savedIndicator = new Span();
    private final Binder<Draft> binder = new Binder<>();

    private final TextField fullName = new TextField();
    private final TextField latinName = new TextField();
    private final TextField nationalId = new TextField();
    private final RadioButtonGroup<BirthCalendar> birthCalendar = new RadioButtonGroup<>();
    private final TextField gregorianBirth = TypedInputs.dateField("birthDate", "date.format.help");
    private final TextField hijriDay = TypedInputs.wholeNumberField("hijriDay");
    private final Select<Integer> hijriMonth = new Select<>();
    private final TextField hijriYear = TypedInputs.wholeNumberField("hijriYear");
    private final ComboBox<Gender> gender = new ComboBox<>();
    private final ComboBox<String> nationality = new ComboBox<>();
    private final ComboBox<MaritalStatus> maritalStatus = new ComboBox<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final TextField city = new TextField();
    private final TextField mobile = new TextField();
    private final TextField email = new TextField();
    private final TextField householdMembers = TypedInputs.wholeNumberField("householdMembers");
    private final ComboBox<IncomeBand> incomeBand = new ComboBox<>();
    private final ComboBox<Employment> employment = new ComboBox<>();
    private final TextArea need = new TextArea();
    private final Div hijriBirth = new Div();

    RequestForm(SupportRequests requests, long requestId, ServiceOffer service, BeneficiaryRequestView request,
                boolean editableByOwnerRules) {
        this.requests = requests;
        this.requestId = requestId;
        this.service = service;
        this.uploads = new DocumentUploads<>(DocumentType.class, requests.maxDocumentBytes(), 5,
                (type, fileName, bytes) -> requests.addDocument(requestId, type, fileName, bytes), () -> {
                    refreshDocuments();
                    markSaved();
                });
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
        gregorianBirth.setRequiredIndicatorVisible(true);
        gregorianBirth.setMaxLength(20);
        hijriDay.setLabel(getTranslation("applicant.hijri.day"));
        hijriDay.setMaxLength(4);
        hijriMonth.setLabel(getTranslation("applicant.hijri.month"));
        hijriMonth.setId("hijriMonth");
        hijriMonth.setItems(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        hijriMonth.setItemLabelGenerator(this::hijriMonthName);
        hijriYear.setLabel(getTranslation("applicant.hijri.year"));
        hijriYear.setMaxLength(6);
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
        householdMembers.setMaxLength(4);
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

        bind();
        // After Binder's own listener on each field, so what the service says is not reset by it.
        binder.getFields().forEach(field -> field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                save();
            }
        }));
    }

    /** One line a field: what it holds, how what was typed is read and checked, where it is kept. */
    private void bind() {
        PersonDraft.bind(binder, fullName, nationalId, city, mobile, email);
        binder.forField(latinName).bind(d -> d.latinName, (d, v) -> d.latinName = v);
        binder.forField(birthCalendar).bind(d -> d.birthCalendar, (d, v) -> d.birthCalendar = v);
        binder.forField(gregorianBirth).withConverter(TypedInputs.dayMonthYear("date.format.invalid"))
                .bind(d -> d.gregorianBirth, (d, v) -> d.gregorianBirth = v);
        binder.forField(hijriDay).withConverter(TypedInputs.wholeNumber("number.whole.invalid"))
                .withValidator(this::isHijriDay, getTranslation("applicant.birthDate.invalid"))
                .bind(d -> d.hijriDay, (d, v) -> d.hijriDay = v);
        binder.forField(hijriMonth).bind(d -> d.hijriMonth, (d, v) -> d.hijriMonth = v);
        binder.forField(hijriYear).withConverter(TypedInputs.wholeNumber("number.whole.invalid"))
                .bind(d -> d.hijriYear, (d, v) -> d.hijriYear = v);
        binder.forField(gender).bind(d -> d.gender, (d, v) -> d.gender = v);
        binder.forField(nationality).bind(d -> d.nationality, (d, v) -> d.nationality = v);
        binder.forField(maritalStatus).bind(d -> d.maritalStatus, (d, v) -> d.maritalStatus = v);
        binder.forField(region).bind(d -> d.region, (d, v) -> d.region = v);
        binder.forField(householdMembers).withConverter(TypedInputs.wholeNumber("number.whole.invalid"))
                .bind(d -> d.householdMembers, (d, v) -> d.householdMembers = v);
        binder.forField(incomeBand).bind(d -> d.incomeBand, (d, v) -> d.incomeBand = v);
        binder.forField(employment).bind(d -> d.employment, (d, v) -> d.employment = v);
        binder.forField(need).bind(d -> d.need, (d, v) -> d.need = v);
    }

    /** Whether this day exists in the Hijri month and year chosen (checked again when those change). */
    private boolean isHijriDay(Integer day) {
        Draft draft = binder.getBean();
        return day == null || draft == null || hijriMonth.getValue() == null || draft.hijriYear == null
                || PortalDates.fromHijri(draft.hijriYear, hijriMonth.getValue(), day).isPresent();
    }


    /**
     * What the form holds: the last valid value of every field, as Binder keeps it. The birth date
     * is kept as typed, in either calendar, and becomes one date when the draft is saved.
     */
    private static final class Draft extends PersonDraft {
        String latinName;
        BirthCalendar birthCalendar;
        LocalDate gregorianBirth;
        Integer hijriDay;
        Integer hijriMonth;
        Integer hijriYear;
        Gender gender;
        String nationality;
        MaritalStatus maritalStatus;
        Region region;
        Integer householdMembers;
        IncomeBand incomeBand;
        Employment employment;
        String need;

        static Draft of(Applicant a, String need) {
            Draft d = new Draft();
            d.person(a.fullName(), a.nationalId(), a.city(), a.mobile(), a.email());
            d.latinName = text(a.latinName());
            d.birthCalendar = a.birthCalendar() == null ? BirthCalendar.HIJRI : a.birthCalendar();
            d.gregorianBirth = a.birthDate();
            if (a.birthDate() != null) {
                PortalDates.HijriDay hijri = PortalDates.hijriDay(a.birthDate());
                d.hijriDay = hijri.day();
                d.hijriMonth = hijri.month();
                d.hijriYear = hijri.year();
            }
            d.gender = a.gender();
            d.nationality = a.nationality();
            d.maritalStatus = a.maritalStatus();
            d.region = a.region();
            d.householdMembers = a.householdMembers();
            d.incomeBand = a.incomeBand();
            d.employment = a.employment();
            d.need = text(need);
            return d;
        }

        /** The birth date in the calendar chosen; an incomplete Hijri date is none yet. */
        LocalDate birthDate(Map<String, String> errors) {
            if (birthCalendar == BirthCalendar.GREGORIAN) {
                return gregorianBirth;
            }
            if (hijriDay == null || hijriMonth == null || hijriYear == null) {
                return null;
            }
            return PortalDates.fromHijri(hijriYear, hijriMonth, hijriDay).orElseGet(() -> {
                errors.put("birthDate", "applicant.birthDate.invalid");
                return null;
            });
        }

        Applicant applicant(Map<String, String> errors) {
            return new Applicant(fullName(), latinName, nationalId(), birthDate(errors), birthCalendar, gender,
                    nationality, maritalStatus, region, city(), mobile(), email(), householdMembers, incomeBand,
                    employment);
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
            card.add(uploads.block(type, DocumentUploads.id(type), getTranslation("document." + type.name())));
        }
        return card;
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
        uploads.show(documents, DocumentInfo::type, d -> {
            ListItem item = new ListItem(PortalIcon.FILE_TEXT_O.create(), RequestPanels.download(requests, requestId, d),
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
            return item;
        });
    }

    private String sizeText(long bytes) {
        return bytes >= 1024 * 1024 ? getTranslation("document.size.mb", String.format(getLocale(), "%.1f",
                bytes / (1024.0 * 1024.0))) : getTranslation("document.size.kb", Math.max(1, bytes / 1024));
    }

    private void load(BeneficiaryRequestView request, boolean editableByOwnerRules) {
        binder.setBean(Draft.of(request.applicant(), request.needDescription()));
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
        uploads.setEditable(documentsEditable);
        fillDocuments(request.documents(), documentsEditable);
    }

    private void setSectionEnabled(FormSection section, boolean enabled, HasValue<?, ?>... components) {
        for (HasValue<?, ?> component : components) {
            component.setReadOnly(!enabled);
        }
        getChildren().filter(c -> c.getId().orElse("").equals("section-" + section.name().toLowerCase(Locale.ROOT)))
                .findFirst().ifPresent(c -> c.getElement().getClassList().set("portal-section-reopened",
                        highlight.contains(section)));
    }

    /**
     * Saves the last valid value of every field and shows each field's error, if any: what Binder
     * could not read or refused, and what the service refused. Returns the errors by field name.
     */
    @Override
    public Map<String, String> save() {
        Map<String, String> errors = new LinkedHashMap<>();
        Applicant applicant = binder.getBean().applicant(errors);
        unreadable().keySet().forEach(name -> errors.putIfAbsent(name, "form.field.unreadable"));
        try {
            requests.saveDraft(requestId, applicant, binder.getBean().need).forEach(errors::putIfAbsent);
            markSaved();
        } catch (TransitionRefused e) {
            errors.put("form", e.messageKey());
        }
        showErrors(errors);
        return errors;
    }

    /** The fields whose text Binder could not read or refused, by field name; each shows Binder's message. */
    private Map<String, Component> unreadable() {
        Map<String, Component> found = new LinkedHashMap<>();
        for (var error : binder.validate().getFieldValidationErrors()) {
            Component field = (Component) error.getField();
            if (!shown(field)) {
                continue;
            }
            String name = field == hijriDay || field == hijriYear ? "birthDate" : fields.entrySet().stream()
                    .filter(f -> f.getValue() == field).map(Map.Entry::getKey).findFirst().orElse("form");
            found.putIfAbsent(name, field);
        }
        return found;
    }

    /** Whether the field is on the page: the birth date of the calendar not chosen is not. */
    private boolean shown(Component field) {
        for (Component c = field; c != null && c != this; c = c.getParent().orElse(null)) {
            if (!c.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Marks the fields named in {@code errors}, clears the others, returns the first invalid
     * component. A field Binder could not read keeps Binder's message.
     */
    @Override
    public Component showErrors(Map<String, String> errors) {
        Map<String, Component> unreadable = unreadable();
        Component first = null;
        boolean hijri = birthCalendar.getValue() == BirthCalendar.HIJRI;
        for (Map.Entry<String, Component> entry : fields.entrySet()) {
            String key = errors.get(entry.getKey());
            Component target = entry.getKey().equals("birthDate") && hijri ? hijriDay : entry.getValue();
            if (unreadable.containsKey(entry.getKey())) {
                first = first == null ? unreadable.get(entry.getKey()) : first;
                continue;
            }
            clear(target);
            if (key != null && target instanceof HasValidation validation) {
                validation.setErrorMessage(getTranslation(key));
                validation.setInvalid(true);
                first = first == null ? target : first;
            }
        }
        Component document = uploads.showErrors(errors);
        return first == null ? document : first;
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

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
