package org.eshraqa.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In the UI, an administrator with a generated password lands on the change-password page from
 * every view it navigates to, until the new password is saved; a wrong current password or a
 * weak new one gets a message in Arabic.
 */
class ChangePasswordViewTest extends PortalBrowserlessTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void everyNavigationEndsOnTheChangePasswordPageUntilThePasswordIsChanged() {
        String admin = newAccount("مدير أول", Role.ADMIN);
        jdbc.update("update account set must_change_password = true where email = ?", admin);
        signInAs(admin);

        for (String route : java.util.List.of("", "admin/users", "admin/mail", "admin/erasures", "admin/access-log",
                "my-data", "staff/summary", "admin/content")) {
            navigate(route, ChangePasswordView.class);
        }
        assertThat($(Paragraph.class).withId("change-password-lead").single().getText())
                .contains("لن تُفتح أي صفحة أخرى");

        test($(PasswordField.class).withId("current-password").single()).setValue("Wrong-pass-2026");
        test($(PasswordField.class).withId("new-password").single()).setValue("Chosen-admin-2026");
        test($(PasswordField.class).withId("repeat-password").single()).setValue("Chosen-admin-2026");
        test($(Button.class).withId("change-password-submit").single()).click();
        PasswordField current = $(PasswordField.class).withId("current-password").single();
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo("كلمة المرور الحالية غير صحيحة.");

        test(current).setValue("Eshraqa-demo-2026");
        test($(PasswordField.class).withId("new-password").single()).setValue("weak");
        test($(PasswordField.class).withId("repeat-password").single()).setValue("weak");
        test($(Button.class).withId("change-password-submit").single()).click();
        assertThat($(PasswordField.class).withId("new-password").single().isInvalid()).isTrue();
        navigate("admin/users", ChangePasswordView.class);

        test($(PasswordField.class).withId("current-password").single()).setValue("Eshraqa-demo-2026");
        test($(PasswordField.class).withId("new-password").single()).setValue("Chosen-admin-2026");
        test($(PasswordField.class).withId("repeat-password").single()).setValue("Chosen-admin-2026");
        test($(Button.class).withId("change-password-submit").single()).click();
        assertThat($(Paragraph.class).withId("change-password-done").exists()).isTrue();

        navigate(UsersView.class);
        assertThat($(UsersView.class).exists()).isTrue();
    }

    @Test
    void aPersonFindsThePasswordChangeOnTheirDataPageUnlessTheySignInThroughAProviderOnly() {
        String person = newAccount("سلمى ناصر", Role.BENEFICIARY);
        signInAs(person);
        navigate(MyDataView.class);
        assertThat($(Anchor.class).withId("change-password-link").single().getHref()).isEqualTo("change-password");

        String providerOnly = newAccount("ماجد سالم", Role.BENEFICIARY);
        signInAs(providerOnly);
        // As an account made by a provider's first sign-in: no password of the portal's.
        jdbc.update("update account set password_hash = null where email = ?", providerOnly);
        navigate(MyDataView.class);
        assertThat($(Anchor.class).withId("change-password-link").exists()).isFalse();
    }
}
