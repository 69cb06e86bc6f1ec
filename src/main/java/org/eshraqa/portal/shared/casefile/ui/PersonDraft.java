package org.eshraqa.portal.shared.casefile.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.io.Serializable;
import org.eshraqa.portal.shared.SaudiMobile;
import org.eshraqa.portal.shared.ui.TypedInputs;

/**
 * The person's details every case form asks for (name, national ID, city, mobile, e-mail), as a
 * form's Binder keeps them: the last valid value of each. A kind's form extends it with its own
 * fields and binds these with {@link #bind}.
 */
public class PersonDraft implements Serializable {

    private String fullName;
    private String nationalId;
    private String city;
    private String mobile;
    private String email;

    /** Fills the person's part from what is stored; the mobile is shown the way people write it (05…). */
    protected void person(String fullName, String nationalId, String city, String mobile, String email) {
        this.fullName = orEmpty(fullName);
        this.nationalId = orEmpty(nationalId);
        this.city = orEmpty(city);
        this.mobile = mobile == null ? "" : SaudiMobile.parse(mobile).map(SaudiMobile::local).orElse(mobile);
        this.email = orEmpty(email);
    }

    /** One line a field, checked with the value types; blank is "not given". */
    public static <D extends PersonDraft> void bind(Binder<D> binder, TextField fullName, TextField nationalId,
                                                    TextField city, TextField mobile, TextField email) {
        binder.forField(fullName).bind(PersonDraft::fullName, (d, v) -> own(d).fullName = v);
        binder.forField(nationalId).withValidator(TypedInputs.nationalId())
                .bind(PersonDraft::nationalId, (d, v) -> own(d).nationalId = v);
        binder.forField(city).bind(PersonDraft::city, (d, v) -> own(d).city = v);
        binder.forField(mobile).withValidator(TypedInputs.mobile())
                .bind(PersonDraft::mobile, (d, v) -> own(d).mobile = v);
        binder.forField(email).withValidator(TypedInputs.email())
                .bind(PersonDraft::email, (d, v) -> own(d).email = v);
    }

    private static PersonDraft own(PersonDraft draft) {
        return draft;
    }

    public String fullName() {
        return fullName;
    }

    public String nationalId() {
        return nationalId;
    }

    public String city() {
        return city;
    }

    public String mobile() {
        return mobile;
    }

    public String email() {
        return email;
    }

    protected static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
