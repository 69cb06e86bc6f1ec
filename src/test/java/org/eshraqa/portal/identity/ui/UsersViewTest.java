package org.eshraqa.portal.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.eshraqa.portal.identity.AccountStatus;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails(PortalBrowserlessTest.ADMIN)
class UsersViewTest extends PortalBrowserlessTest {

    @SuppressWarnings("unchecked")
    private Grid<AccountSummary> grid() {
        return $(Grid.class).withId("users-grid").single();
    }

    /** The button with this text in the actions cell of the first row. */
    private Button actionButton(String text) {
        var cell = test(grid()).getCellComponent(0, 4);
        Button button = $(Button.class, cell).withText(text).single();
        return button;
    }

    @Test
    void searchFindsAnAccountByPartOfItsEmail() {
        navigate(UsersView.class);
        test($(TextField.class).withId("users-search").single()).setValue("officer@demo");
        var rows = test(grid()).size();
        assertThat(rows).isEqualTo(1);
        assertThat(test(grid()).getRow(0).email()).isEqualTo("officer@demo.eshraqa.org.sa");
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAStaffAccountAndRefusesBadInputOnTheFields() {
        navigate(UsersView.class);
        test($(Button.class).withId("users-create").single()).click();
        test($(TextField.class).withId("staff-name").single()).setValue("ريم");
        test($(EmailField.class).withId("staff-email").single()).setValue("bad");
        test($(PasswordField.class).withId("staff-password").single()).setValue("weak");
        test($(Button.class).withId("staff-save").single()).click();
        assertThat($(EmailField.class).withId("staff-email").single().isInvalid()).isTrue();
        assertThat($(PasswordField.class).withId("staff-password").single().isInvalid()).isTrue();

        String email = "staff." + System.nanoTime() + "@eshraqa.org.sa";
        test($(EmailField.class).withId("staff-email").single()).setValue(email);
        test($(PasswordField.class).withId("staff-password").single()).setValue("a-good-password-1");
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).withId("role-chooser").single();
        roles.setValue(Set.of(Role.SOCIAL_RESEARCHER));
        test($(Button.class).withId("staff-save").single()).click();

        test($(TextField.class).withId("users-search").single()).setValue(email);
        assertThat(test(grid()).size()).isEqualTo(1);
        assertThat(test(grid()).getRow(0).roles()).containsExactly(Role.SOCIAL_RESEARCHER);
    }

    @Test
    void disablingAsksForConfirmationFirst() {
        navigate(UsersView.class);
        test($(TextField.class).withId("users-search").single()).setValue("volunteer@demo");
        test(actionButton("تعطيل")).click();
        test($(Button.class).withId("disable-confirm-cancel").single()).click();
        assertThat(test(grid()).getRow(0).status()).isEqualTo(AccountStatus.ACTIVE);

        test(actionButton("تعطيل")).click();
        test($(Button.class).withId("disable-confirm-ok").single()).click();
        assertThat(test(grid()).getRow(0).status()).isEqualTo(AccountStatus.DISABLED);

        test(actionButton("تفعيل")).click();
        assertThat(test(grid()).getRow(0).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorIsToldTheyCannotGiveThemselvesACaseRole() {
        navigate(UsersView.class);
        test($(TextField.class).withId("users-search").single()).setValue(ADMIN);
        test($(Button.class, test(grid()).getCellComponent(0, 4)).all().getFirst()).click();
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).withId("role-chooser").single();
        roles.setValue(Set.of(Role.ADMIN, Role.SOCIAL_RESEARCHER));
        test($(Button.class).withId("roles-save").single()).click();

        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).contains("لا يجمع مدير النظام");
        assertThat(test(grid()).getRow(0).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    @SuppressWarnings("unchecked")
    void createsAMetricsAccountAndRefusesItOtherRoles() {
        navigate(UsersView.class);
        test($(Button.class).withId("users-create").single()).click();
        String email = "prometheus." + System.nanoTime() + "@eshraqa.org.sa";
        test($(TextField.class).withId("staff-name").single()).setValue("Prometheus");
        test($(EmailField.class).withId("staff-email").single()).setValue(email);
        test($(PasswordField.class).withId("staff-password").single()).setValue("a-long-scrape-password-1");
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).withId("role-chooser").single();
        roles.setValue(Set.of(Role.METRICS, Role.ADMIN));
        test($(Button.class).withId("staff-save").single()).click();
        assertThat(roles.isInvalid()).isTrue();
        assertThat(roles.getErrorMessage()).contains("حساب آلي");

        roles.setValue(Set.of(Role.METRICS));
        test($(Button.class).withId("staff-save").single()).click();
        test($(TextField.class).withId("users-search").single()).setValue(email);
        assertThat(test(grid()).getRow(0).roles()).containsExactly(Role.METRICS);
    }
}
