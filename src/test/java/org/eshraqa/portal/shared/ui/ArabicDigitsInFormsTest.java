package org.eshraqa.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroupTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectTester;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.requests.Applicant;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.ui.RequestFormView;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.volunteering.VolunteerApplications;
import org.eshraqa.portal.volunteering.VolunteerProfile;
import org.eshraqa.portal.volunteering.ui.VolunteerFormView;
import org.eshraqa.portal.volunteering.ui.VolunteerHubView;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every number and date field of the request form and the volunteer form reads Arabic-Indic
 * (٠–٩) and Eastern Arabic-Indic (۰–۹) digits as a person types them, and says so on the field
 * when what was typed is not a number or a date: the last valid value stays, nothing vanishes.
 */
class ArabicDigitsInFormsTest extends PortalBrowserlessTest {

    @Autowired SupportRequests requests;
    @Autowired VolunteerApplications applications;

    private TextField field(String id) {
        return $(TextField.class).withId(id).single();
    }

    private void type(String id, String text) {
        test(field(id)).setValue(text);
    }

    private Applicant savedApplicant() {
        long id = requests.mine().getFirst().id();
        return requests.findMine(id).orElseThrow().applicant();
    }

    private void refusedOnTheField(String id) {
        assertThat(field(id).isInvalid()).as("%s is marked", id).isTrue();
        assertThat(field(id).getErrorMessage()).as("%s says why", id).isNotBlank();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void theRequestFormReadsEveryDigitSetInItsNumberAndDateFields() {
        signInAs(newAccount("ريم خالد العنزي", Role.BENEFICIARY));
        navigate("requests/new/FAMILY_COUNSELLING", RequestFormView.class);

        new RadioButtonGroupTester<>($(RadioButtonGroup.class).withId("birthCalendar").single()).selectItem("الهجري");
        type("hijriDay", "١٢");
        new SelectTester($(Select.class).withId("hijriMonth").single()).selectItem("رمضان");
        type("hijriYear", "۱۴۱۵");
        assertThat(savedApplicant().birthDate()).isEqualTo(PortalDates.fromHijri(1415, 9, 12).orElseThrow());
        assertThat(field("hijriDay").isInvalid()).isFalse();
        assertThat(field("hijriYear").isInvalid()).isFalse();

        type("householdMembers", "٥");
        assertThat(savedApplicant().householdMembers()).isEqualTo(5);
        type("householdMembers", "۷");
        assertThat(savedApplicant().householdMembers()).isEqualTo(7);
        // Read, but more than the service allows: the service's message stays on the field.
        type("householdMembers", "٥٠");
        refusedOnTheField("householdMembers");
        assertThat(field("householdMembers").getErrorMessage()).contains("30");
        assertThat(savedApplicant().householdMembers()).isEqualTo(7);

        new RadioButtonGroupTester<>($(RadioButtonGroup.class).withId("birthCalendar").single())
                .selectItem("الميلادي");
        type("birthDate", "١٤/٢/١٩٩٦");
        assertThat(savedApplicant().birthDate()).isEqualTo(LocalDate.of(1996, 2, 14));
        type("birthDate", "۱۵/۰۲/۱۹۹۶");
        assertThat(savedApplicant().birthDate()).isEqualTo(LocalDate.of(1996, 2, 15));
        assertThat(field("birthDate").getHelperText()).contains("14/2/1996");

        // What cannot be read is said on its field; the last valid value is kept, not cleared.
        type("householdMembers", "٥أ");
        refusedOnTheField("householdMembers");
        type("birthDate", "٣٠/٢/١٩٩٦");
        refusedOnTheField("birthDate");
        Applicant kept = savedApplicant();
        assertThat(kept.householdMembers()).isEqualTo(7);
        assertThat(kept.birthDate()).isEqualTo(LocalDate.of(1996, 2, 15));

        new RadioButtonGroupTester<>($(RadioButtonGroup.class).withId("birthCalendar").single()).selectItem("الهجري");
        type("hijriYear", "١٤١٥هـ");
        refusedOnTheField("hijriYear");
        type("hijriYear", "١٤١٥");
        // A Hijri month has no 31st day: read as a number, refused as a date, said on the day.
        type("hijriDay", "٣١");
        refusedOnTheField("hijriDay");
    }

    @Test
    void theVolunteerFormReadsEveryDigitSetInItsDateFields() {
        signInAs(newAccount("لمى سعد الحربي", Role.BENEFICIARY));
        navigate(VolunteerHubView.class);
        test($(Button.class).withId("volunteer-start").single()).click();
        assertThat(getCurrentView()).isInstanceOf(VolunteerFormView.class);
        assertThat(field("birthDate").getHelperText()).contains("١٤/٢/١٩٩٦");
        assertThat(field("birthDate").getPlaceholder()).isNotBlank();

        type("birthDate", "٩/٤/١٩٩٢");
        assertThat(profile().birthDate()).isEqualTo(LocalDate.of(1992, 4, 9));
        type("birthDate", "۱۰/۴/۱۹۹۲");
        assertThat(profile().birthDate()).isEqualTo(LocalDate.of(1992, 4, 10));

        test($(Button.class).withId("add-licence").single()).click();
        type("licence-0-expires", "١/١/٢٠٣٠");
        assertThat(profile().licences()).singleElement()
                .satisfies(l -> assertThat(l.expiresOn()).isEqualTo(LocalDate.of(2030, 1, 1)));
        type("licence-0-expires", "۲/۱/۲۰۳۰");
        assertThat(profile().licences().getFirst().expiresOn()).isEqualTo(LocalDate.of(2030, 1, 2));

        type("birthDate", "١٠/١٣/١٩٩٢");
        refusedOnTheField("birthDate");
        type("licence-0-expires", "غدًا");
        refusedOnTheField("licence-0-expires");
        VolunteerProfile kept = profile();
        assertThat(kept.birthDate()).isEqualTo(LocalDate.of(1992, 4, 10));
        assertThat(kept.licences().getFirst().expiresOn()).isEqualTo(LocalDate.of(2030, 1, 2));
    }

    private VolunteerProfile profile() {
        return applications.mine().orElseThrow().profile();
    }
}
