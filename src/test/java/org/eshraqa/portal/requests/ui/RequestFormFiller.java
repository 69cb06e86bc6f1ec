package org.eshraqa.portal.requests.ui;

import com.vaadin.browserless.BaseBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxTester;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroupTester;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.select.SelectTester;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextAreaTester;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldTester;

/** Fills the request form the way a person does, field by field, in Arabic. */
final class RequestFormFiller {

    private RequestFormFiller() {
    }

    static void fill(BaseBrowserlessTest t, String fullName, String nationalId, String mobile, String need) {
        text(t, "fullName", fullName);
        text(t, "nationalId", nationalId);
        new RadioButtonGroupTester<>(t.$(RadioButtonGroup.class).withId("birthCalendar").single()).selectItem("الهجري");
        number(t, "hijriDay", 12);
        select(t, "hijriMonth", "رمضان");
        number(t, "hijriYear", 1415);
        combo(t, "gender", "أنثى");
        new ComboBoxTester<>(t.$(ComboBox.class).withId("nationality").single()).selectItem("المملكة العربية السعودية");
        combo(t, "maritalStatus", "متزوج/متزوجة");
        combo(t, "region", "الرياض");
        text(t, "city", "الرياض");
        text(t, "mobile", mobile);
        number(t, "householdMembers", 5);
        combo(t, "incomeBand", "أقل من 3000 ريال");
        combo(t, "employment", "لا يعمل");
        new TextAreaTester<>(t.$(TextArea.class).withId("need").single()).setValue(need);
    }

    static void text(BaseBrowserlessTest t, String id, String value) {
        new TextFieldTester<>(t.$(TextField.class).withId(id).single()).setValue(value);
    }

    private static void number(BaseBrowserlessTest t, String id, int value) {
        text(t, id, String.valueOf(value));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void combo(BaseBrowserlessTest t, String id, String label) {
        new ComboBoxTester(t.$(ComboBox.class).withId(id).single()).selectItem(label);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void select(BaseBrowserlessTest t, String id, String label) {
        new SelectTester(t.$(Select.class).withId(id).single()).selectItem(label);
    }
}
