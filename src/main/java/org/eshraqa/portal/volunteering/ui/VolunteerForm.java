package org.eshraqa.portal.volunteering.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.Region;
import org.eshraqa.portal.shared.casefile.ui.CaseForm;
import org.eshraqa.portal.shared.casefile.ui.DocumentUploads;
import org.eshraqa.portal.shared.casefile.ui.PersonDraft;
import org.eshraqa.portal.shared.ui.PortalIcon;
import org.eshraqa.portal.shared.ui.TypedInputs;
import org.eshraqa.portal.volunteering.ApplicationView;
import org.eshraqa.portal.volunteering.Availability;
import org.eshraqa.portal.volunteering.DocumentKind;
import org.eshraqa.portal.volunteering.Education;
import org.eshraqa.portal.volunteering.Gender;
import org.eshraqa.portal.volunteering.Interest;
import org.eshraqa.portal.volunteering.Licence;
import org.eshraqa.portal.volunteering.LicenceKind;
import org.eshraqa.portal.volunteering.Skill;
import org.eshraqa.portal.volunteering.SpokenLanguage;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteerDocumentInfo;
import org.eshraqa.portal.volunteering.VolunteerProfile;
import org.eshraqa.portal.volunteering.VolunteeringRefused;

/**
 * The volunteer application form: identity and contact, qualifications and licences, skills,
 * languages and interests, weekly availability, motivation and documents. Every change is saved at
 * once, so a closed browser loses nothing; a value typed wrong is marked where it was typed (a
 * licence or a time range on its own row) and the last valid value is kept.
 *
 * <p>Each field is bound once ({@link #bind}): Binder reads what was typed (dates in any digit
 * set), checks it with the value types and keeps the last valid value in {@link Draft}; the
 * service checks everything again and its errors are shown on the same fields and rows.
 */
class VolunteerForm extends Div implements CaseForm {

    private final transient VolunteerApplications applications;
    private final long applicationId;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Span savedIndicator = new Span();
    private final Binder<Draft> binder = new Binder<>();
    private boolean loading;

    private final TextField fullName = new TextField();
    private final TextField nationalId = new TextField();
    private final TextField birthDate = TypedInputs.dateField("birthDate", "volunteer.birthDate.format");
    private final ComboBox<Gender> gender = new ComboBox<>();
    private final ComboBox<Region> region = new ComboBox<>();
    private final TextField city = new TextField();
    private final TextField mobile = new TextField();
    private final TextField email = new TextField();
    private final ComboBox<Education> education = new ComboBox<>();
    private final TextField fieldOfStudy = new TextField();
    private final TextArea experience = new TextArea();
    private final TextArea motivation = new TextArea();
    private final CheckboxGroup<Skill> skills = new CheckboxGroup<>();
    private final CheckboxGroup<SpokenLanguage> languages = new CheckboxGroup<>();
    private final CheckboxGroup<Interest> interests = new CheckboxGroup<>();

    private final Div licenceRows = new Div();
    private final List<LicenceRow> licences = new ArrayList<>();
    private final Paragraph licencesError = errorText("licences-error");
    private final Div availabilityRows = new Div();
    private final List<SlotRow> slots = new ArrayList<>();
    /** The rows last sent to the service, in order: its error keys (licences.0 …) count these. */
    private List<LicenceRow> sentLicences = List.of();
    private List<SlotRow> sentSlots = List.of();
    private final Paragraph availabilityError = errorText("availability-error");
    private final DocumentUploads<DocumentKind> uploads;

    VolunteerForm(VolunteerApplications applications, ApplicationView application) {
        this.applications = applications;
        this.applicationId = application.id();
        this.uploads = new DocumentUploads<>(DocumentKind.class, applications.maxDocumentBytes(), 3,
                (kind, fileName, bytes) -> applications.addDocument(application.id(), kind, fileName, bytes), () -> {
                    refreshDocuments();
                    markSaved();
                });
        addClassName("portal-request-form");
        setId("volunteer-form");
        savedIndicator.setId("draft-saved");
        savedIndicator.addClassName("portal-hint");
        savedIndicator.getElement().setAttribute("aria-live", "polite");
        build();
        load(application);
    }

    // ---------------------------------------------------------------- layout

    private void build() {
        text(fullName, "fullName", "volunteer.fullName", "volunteer.fullName.help", true, 200);
        text(nationalId, "nationalId", "applicant.nationalId", "applicant.nationalId.help", true, 20);
        nationalId.getElement().setAttribute("inputmode", "numeric");
        birthDate.setLabel(getTranslation("applicant.birthDate"));
        birthDate.setMaxLength(20);
        birthDate.setRequiredIndicatorVisible(true);
        fields.put("birthDate", birthDate);
        choice(gender, "gender", "applicant.gender", "volunteerGender.", Gender.values());
        choice(region, "region", "applicant.region", "applicant.region.", Region.values());
        text(city, "city", "applicant.city", null, true, 100);
        text(mobile, "mobile", "register.mobile", "register.mobile.help", true, 30);
        mobile.getElement().setAttribute("dir", "ltr");
        mobile.getElement().setAttribute("inputmode", "tel");
        text(email, "email", "applicant.email", null, true, 254);
        email.getElement().setAttribute("dir", "ltr");

        choice(education, "education", "volunteer.education", "education.", Education.values());
        text(fieldOfStudy, "fieldOfStudy", "volunteer.fieldOfStudy", null, false, 200);
        area(experience, "experience", "volunteer.experience", "volunteer.experience.help", false);
        area(motivation, "motivation", "volunteer.motivation", "volunteer.motivation.help", true);

        group(skills, "skills", "volunteer.skills", "skill.", Skill.values());
        group(languages, "languages", "volunteer.languages", "language.", SpokenLanguage.values());
        group(interests, "interests", "volunteer.interests", "interest.", Interest.values());

        licenceRows.setId("licence-rows");
        Button addLicence = new Button(getTranslation("volunteer.licence.add"), PortalIcon.PLUS.create(), e -> {
            addLicenceRow(new Licence(null, null, null, null)).kind.focus();
        });
        addLicence.setId("add-licence");
        addLicence.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        availabilityRows.setId("availability-rows");
        Button addSlot = new Button(getTranslation("volunteer.availability.add"), PortalIcon.PLUS.create(), e -> {
            addSlotRow(new Availability(null, null, null)).day.focus();
        });
        addSlot.setId("add-availability");
        addSlot.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        add(section("identity", "volunteer.section.identity",
                        form(fullName, nationalId, birthDate, gender, region, city, mobile, email)),
                section("qualifications", "volunteer.section.qualifications", form(education, fieldOfStudy),
                        experience, new H3(getTranslation("volunteer.licences")),
                        hint("volunteer.licences.help"), licenceRows, licencesError, addLicence),
                section("skills", "volunteer.section.skills", skills, languages, interests),
                section("availability", "volunteer.section.availability", hint("volunteer.availability.help"),
                        availabilityRows, availabilityError, addSlot),
                section("motivation", "volunteer.section.motivation", motivation),
                documentsSection(),
                savedIndicator);

        bind();
        // After Binder's own listener on each field, so what the service says is not reset by it.
        binder.getFields().forEach(field -> field.addValueChangeListener(e -> {
            if (!loading && e.isFromClient()) {
                save();
            }
        }));
    }

    /** One line a field: what it holds, how what was typed is read and checked, where it is kept. */
    private void bind() {
        PersonDraft.bind(binder, fullName, nationalId, city, mobile, email);
        binder.forField(birthDate).withConverter(TypedInputs.dayMonthYear("date.format.invalid"))
                .bind(d -> d.birthDate, (d, v) -> d.birthDate = v);
        binder.forField(gender).bind(d -> d.gender, (d, v) -> d.gender = v);
        binder.forField(region).bind(d -> d.region, (d, v) -> d.region = v);
        binder.forField(education).bind(d -> d.education, (d, v) -> d.education = v);
        binder.forField(fieldOfStudy).bind(d -> d.fieldOfStudy, (d, v) -> d.fieldOfStudy = v);
        binder.forField(experience).bind(d -> d.experience, (d, v) -> d.experience = v);
        binder.forField(motivation).bind(d -> d.motivation, (d, v) -> d.motivation = v);
        binder.forField(skills).bind(d -> d.skills, (d, v) -> d.skills = v);
        binder.forField(languages).bind(d -> d.languages, (d, v) -> d.languages = v);
        binder.forField(interests).bind(d -> d.interests, (d, v) -> d.interests = v);
    }


    /** What the form holds outside its rows: the last valid value of every field, as Binder keeps it. */
    private static final class Draft extends PersonDraft {
        LocalDate birthDate;
        Gender gender;
        Region region;
        Education education;
        String fieldOfStudy;
        String experience;
        String motivation;
        Set<Skill> skills;
        Set<SpokenLanguage> languages;
        Set<Interest> interests;

        static Draft of(VolunteerProfile p) {
            Draft d = new Draft();
            d.person(p.fullName(), p.nationalId(), p.city(), p.mobile(), p.email());
            d.birthDate = p.birthDate();
            d.gender = p.gender();
            d.region = p.region();
            d.education = p.education();
            d.fieldOfStudy = orEmpty(p.fieldOfStudy());
            d.experience = orEmpty(p.experience());
            d.motivation = orEmpty(p.motivation());
            d.skills = p.skills();
            d.languages = p.languages();
            d.interests = p.interests();
            return d;
        }

        VolunteerProfile profile(List<Licence> licences, List<Availability> availability) {
            return new VolunteerProfile(fullName(), nationalId(), birthDate, gender, region, city(), mobile(), email(),
                    education, fieldOfStudy, experience, motivation, skills, languages, interests, licences,
                    availability);
        }
    }

    private Section section(String id, String titleKey, Component... content) {
        Section card = new Section(new H2(getTranslation(titleKey)));
        card.add(content);
        card.addClassName("portal-card");
        card.setId("section-" + id);
        return card;
    }

    private static FormLayout form(Component... components) {
        FormLayout form = new FormLayout(components);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        return form;
    }

    private Paragraph hint(String key) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.addClassName("portal-hint");
        return hint;
    }

    private static Paragraph errorText(String id) {
        Paragraph error = new Paragraph();
        error.addClassName("portal-error-text");
        if (id != null) {
            error.setId(id);
        }
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        return error;
    }

    private void text(TextField field, String name, String labelKey, String helperKey, boolean required, int max) {
        field.setId(name);
        field.setLabel(getTranslation(labelKey));
        if (helperKey != null) {
            field.setHelperText(getTranslation(helperKey));
        }
        field.setMaxLength(max);
        field.setWidthFull();
        field.setRequiredIndicatorVisible(required);
        fields.put(name, field);
    }

    private void area(TextArea field, String name, String labelKey, String helperKey, boolean required) {
        field.setId(name);
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation(helperKey));
        field.setMaxLength(2000);
        field.setWidthFull();
        field.setMinHeight("7rem");
        field.setRequiredIndicatorVisible(required);
        fields.put(name, field);
    }

    /**
     * A choice from a short list. A combo box rather than a select: Vaadin's select puts
     * aria-required on a button, which screen readers and axe reject (web-components#7337).
     */
    @SafeVarargs
    private <E extends Enum<E>> void choice(ComboBox<E> box, String name, String labelKey, String itemPrefix,
                                            E... values) {
        box.setId(name);
        box.setLabel(getTranslation(labelKey));
        box.setItems(values);
        box.setItemLabelGenerator(v -> getTranslation(itemPrefix + v.name()));
        box.setPlaceholder(getTranslation("applicant.choose"));
        box.setClearButtonVisible(true);
        box.setRequiredIndicatorVisible(true);
        fields.put(name, box);
    }

    @SafeVarargs
    private <E extends Enum<E>> void group(CheckboxGroup<E> group, String name, String labelKey, String itemPrefix,
                                           E... values) {
        group.setId(name);
        group.setLabel(getTranslation(labelKey));
        group.setItems(values);
        group.setItemLabelGenerator(v -> getTranslation(itemPrefix + v.name()));
        // Said in words, not with the required marker: on a checkbox group Vaadin renders it as
        // aria-required on role=group, which assistive technology rejects.
        group.setHelperText(getTranslation(labelKey + ".help"));
        group.addClassName("portal-choices");
        fields.put(name, group);
    }

    // ---------------------------------------------------------------- licence and availability rows

    /** One licence: kind, number, issuer, expiry, and a button to remove it. */
    private final class LicenceRow extends Div {
        final ComboBox<LicenceKind> kind = new ComboBox<>();
        final TextField number = new TextField();
        final TextField issuer = new TextField();
        final TextField expiresOn = TypedInputs.dateField(null, "date.format.help");
        final Paragraph error = errorText(null);
        /** The row's last valid expiry; what cannot be read is said on the field. */
        private final Binder<LicenceRow> rowBinder = new Binder<>();
        private LocalDate expiry;

        LicenceRow(Licence licence) {
            addClassName("portal-row");
            kind.setLabel(getTranslation("volunteer.licence.kind"));
            kind.setItems(LicenceKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("licenceKind." + k.name()));
            kind.setPlaceholder(getTranslation("applicant.choose"));
            number.setLabel(getTranslation("volunteer.licence.number"));
            number.setMaxLength(40);
            number.getElement().setAttribute("dir", "ltr");
            issuer.setLabel(getTranslation("volunteer.licence.issuer"));
            issuer.setMaxLength(200);
            expiresOn.setLabel(getTranslation("volunteer.licence.expiresOn"));
            expiresOn.setMaxLength(20);
            kind.setValue(licence.kind());
            number.setValue(licence.number() == null ? "" : licence.number());
            issuer.setValue(licence.issuer() == null ? "" : licence.issuer());
            expiry = licence.expiresOn();
            rowBinder.forField(expiresOn).withConverter(TypedInputs.dayMonthYear("date.format.invalid"))
                    .bind(row -> row.expiry, (row, v) -> row.expiry = v);
            rowBinder.setBean(this);
            Button remove = new Button(PortalIcon.TRASH.create(), e -> {
                licences.remove(this);
                licenceRows.remove(this);
                renumber();
                save();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("volunteer.licence.remove"));
            FormLayout line = form(kind, number, issuer, expiresOn);
            add(line, error, remove);
            for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(kind, number, issuer, expiresOn)) {
                field.addValueChangeListener(e -> {
                    if (!loading && e.isFromClient()) {
                        save();
                    }
                });
            }
        }

        Licence value() {
            return new Licence(kind.getValue(), number.getValue(), issuer.getValue(), expiry);
        }

        /** Whether the expiry typed could not be read (its message is on the field). */
        boolean unreadable() {
            return !rowBinder.validate().isOk();
        }
    }

    /** One weekly time range: day, from, to, and a button to remove it. */
    private final class SlotRow extends Div {
        final ComboBox<DayOfWeek> day = new ComboBox<>();
        final TimePicker from = new TimePicker();
        final TimePicker to = new TimePicker();
        final Paragraph error = errorText(null);

        SlotRow(Availability slot) {
            addClassName("portal-row");
            day.setLabel(getTranslation("volunteer.availability.day"));
            // The Saudi week starts on Sunday.
            day.setItems(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
            day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, getLocale()));
            day.setPlaceholder(getTranslation("applicant.choose"));
            from.setLabel(getTranslation("volunteer.availability.from"));
            to.setLabel(getTranslation("volunteer.availability.to"));
            for (TimePicker picker : List.of(from, to)) {
                picker.setStep(Duration.ofMinutes(30));
                picker.setLocale(getLocale());
            }
            day.setValue(slot.day());
            from.setValue(slot.from());
            to.setValue(slot.to());
            Button remove = new Button(PortalIcon.TRASH.create(), e -> {
                slots.remove(this);
                availabilityRows.remove(this);
                renumber();
                save();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("volunteer.availability.remove"));
            FormLayout line = new FormLayout(day, from, to);
            line.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 3));
            add(line, error, remove);
            for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(day, from, to)) {
                field.addValueChangeListener(e -> {
                    if (!loading && e.isFromClient()) {
                        save();
                    }
                });
            }
        }

        Availability value() {
            return new Availability(day.getValue(), from.getValue(), to.getValue());
        }
    }

    private LicenceRow addLicenceRow(Licence licence) {
        LicenceRow row = new LicenceRow(licence);
        licences.add(row);
        licenceRows.add(row);
        renumber();
        return row;
    }

    private SlotRow addSlotRow(Availability slot) {
        SlotRow row = new SlotRow(slot);
        slots.add(row);
        availabilityRows.add(row);
        renumber();
        return row;
    }

    /** Ids follow the rows' order, as the service's error keys do ({@code licences.0}, …). */
    private void renumber() {
        for (int i = 0; i < licences.size(); i++) {
            LicenceRow row = licences.get(i);
            row.setId("licence-" + i);
            row.kind.setId("licence-" + i + "-kind");
            row.number.setId("licence-" + i + "-number");
            row.issuer.setId("licence-" + i + "-issuer");
            row.expiresOn.setId("licence-" + i + "-expires");
            row.error.setId("licence-" + i + "-error");
        }
        for (int i = 0; i < slots.size(); i++) {
            SlotRow row = slots.get(i);
            row.setId("availability-" + i);
            row.day.setId("availability-" + i + "-day");
            row.from.setId("availability-" + i + "-from");
            row.to.setId("availability-" + i + "-to");
            row.error.setId("availability-" + i + "-error");
        }
    }

    // ---------------------------------------------------------------- documents

    private Section documentsSection() {
        Section card = section("documents", "volunteer.section.documents",
                hint("volunteer.documents.help"));
        for (DocumentKind kind : DocumentKind.values()) {
            card.add(uploads.block(kind, DocumentUploads.id(kind), getTranslation("volunteerDocument." + kind.name())
                    + (kind == DocumentKind.CV ? " *" : "")));
        }
        return card;
    }

    private void refreshDocuments() {
        applications.mine().ifPresent(a -> fillDocuments(a.documents()));
    }

    private void fillDocuments(List<VolunteerDocumentInfo> documents) {
        uploads.show(documents, VolunteerDocumentInfo::kind, d -> {
            Button remove = new Button(PortalIcon.TRASH.create(), e -> {
                applications.removeDocument(applicationId, d.id());
                refreshDocuments();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("document.remove", d.fileName()));
            return new ListItem(PortalIcon.FILE_TEXT_O.create(), VolunteerPanels.download(d.fileName(),
                    () -> applications.document(applicationId, d.id())), remove);
        });
    }

    // ---------------------------------------------------------------- loading and saving

    private void load(ApplicationView application) {
        loading = true;
        VolunteerProfile p = application.profile();
        binder.setBean(Draft.of(p));
        p.licences().forEach(this::addLicenceRow);
        p.availability().forEach(this::addSlotRow);
        sentLicences = List.copyOf(licences);
        sentSlots = List.copyOf(slots);
        if (p.availability().isEmpty()) {
            addSlotRow(new Availability(null, null, null));
        }
        fillDocuments(application.documents());
        loading = false;
    }

    /** What is on the form; rows with nothing typed in them are not sent. */
    private VolunteerProfile profile() {
        sentLicences = licences.stream().filter(row -> !row.value().isBlank()).toList();
        sentSlots = slots.stream().filter(row -> !row.value().isBlank()).toList();
        return binder.getBean().profile(sentLicences.stream().map(LicenceRow::value).toList(),
                sentSlots.stream().map(SlotRow::value).toList());
    }

    /** Saves everything on the form and shows each field's error, if any. */
    @Override
    public Map<String, String> save() {
        Map<String, String> errors = new LinkedHashMap<>();
        VolunteerProfile profile = profile();
        unreadable().forEach(name -> errors.putIfAbsent(name, "form.field.unreadable"));
        try {
            applications.saveDraft(applicationId, profile).forEach(errors::putIfAbsent);
            markSaved();
        } catch (VolunteeringRefused e) {
            errors.put("form", e.messageKey());
        }
        showErrors(errors);
        return errors;
    }

    /** Marks the fields and rows named in {@code errors}, clears the others, returns the first to focus. */
    @Override
    public Component showErrors(Map<String, String> errors) {
        Set<String> unreadable = unreadable();
        Component first = null;
        for (Map.Entry<String, HasValidation> entry : fields.entrySet()) {
            String key = errors.get(entry.getKey());
            HasValidation field = entry.getValue();
            if (unreadable.contains(entry.getKey())) {
                first = first == null ? (Component) field : first;
                continue;
            }
            field.setInvalid(key != null);
            if (key != null) {
                field.setErrorMessage(getTranslation(key));
                first = first == null ? (Component) field : first;
            }
        }
        licences.forEach(row -> row.error.setVisible(false));
        slots.forEach(row -> row.error.setVisible(false));
        for (int i = 0; i < sentLicences.size(); i++) {
            first = rowError(sentLicences.get(i).error, errors.get(VolunteerProfile.licenceField(i)),
                    sentLicences.get(i).kind, first);
        }
        for (int i = 0; i < sentSlots.size(); i++) {
            first = rowError(sentSlots.get(i).error, errors.get(VolunteerProfile.availabilityField(i)),
                    sentSlots.get(i).day, first);
        }
        for (LicenceRow row : licences) {
            if (row.unreadable()) {
                first = first == null ? row.expiresOn : first;
            }
        }
        first = rowError(licencesError, errors.get("licences"), licenceRows, first);
        first = rowError(availabilityError, errors.get("availability"), availabilityRows, first);
        Component document = uploads.showErrors(errors);
        return first == null ? document : first;
    }

    /** The names of the fields (and licence rows) whose text Binder could not read or refused. */
    private Set<String> unreadable() {
        Set<String> names = new java.util.LinkedHashSet<>();
        for (var error : binder.validate().getFieldValidationErrors()) {
            fields.forEach((name, field) -> {
                if (field == error.getField()) {
                    names.add(name);
                }
            });
        }
        for (int i = 0; i < sentLicences.size(); i++) {
            if (sentLicences.get(i).unreadable()) {
                names.add(VolunteerProfile.licenceField(i));
            }
        }
        return names;
    }

    private Component rowError(Paragraph error, String key, Component focus, Component first) {
        error.setVisible(key != null);
        if (key == null) {
            return first;
        }
        error.setText(getTranslation(key));
        return first == null ? focus : first;
    }

    private void markSaved() {
        savedIndicator.setText(getTranslation("requestForm.saved",
                PortalDates.time(java.time.Instant.now(), getLocale())));
    }
}
