package org.eshraqa.portal.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.ResponsiveGrid;
import org.eshraqa.portal.identity.AccountStatus;
import org.eshraqa.portal.identity.AccountSummary;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.NewStaffAccount;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.shared.InvalidInputException;
import org.eshraqa.portal.shared.ui.PortalIcon;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** The administrator's list of accounts: search, create staff, change roles, disable or enable. */
@Route("admin/users")
@Menu(order = 90, title = "nav.admin.users", icon = "vaadin:users")
@RolesAllowed("ADMIN")
public class UsersView extends Div implements HasDynamicTitle {

    private final Accounts accounts;
    private final Grid<AccountSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    public UsersView(Accounts accounts) {
        this.accounts = accounts;
        addClassName("portal-page");
        setId("users-view");
        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(PortalIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("users-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button create = new Button(getTranslation("users.create"), PortalIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("users-create");
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.addClassName("portal-toolbar");
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);

        grid.addColumn(AccountSummary::fullName).setHeader(getTranslation("users.name")).setFlexGrow(2);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("users.email")).setFlexGrow(2);
        grid.addColumn(a -> a.roles().stream().map(r -> getTranslation("role." + r.name()))
                .sorted().collect(Collectors.joining("، "))).setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.addComponentColumn(a -> {
            Span status = new Span(getTranslation("status." + a.status().name()));
            status.getElement().getThemeList().add("badge " + switch (a.status()) {
                case ACTIVE -> "success";
                case DISABLED -> "error";
                case PENDING_VERIFICATION, ERASED -> "contrast";
            });
            return status;
        }).setHeader(getTranslation("users.status")).setAutoWidth(true);
        Grid.Column<AccountSummary> actions = grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        ResponsiveGrid.of(grid).keepOnPhone(actions).cards(
                new ResponsiveGrid.Field<>("", AccountSummary::fullName),
                new ResponsiveGrid.Field<>(getTranslation("users.email"), AccountSummary::email),
                new ResponsiveGrid.Field<>(getTranslation("users.roles"), a -> a.roles().stream()
                        .map(r -> getTranslation("role." + r.name())).sorted().collect(Collectors.joining("، "))),
                new ResponsiveGrid.Field<>(getTranslation("users.status"),
                        a -> getTranslation("status." + a.status().name())));
        grid.setEmptyStateText(getTranslation("users.empty"));
        grid.setItems(query -> accounts.search(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, accounts.count(search.getValue())));
        grid.setId("users-grid");
        grid.setHeight("70vh");
        add(new H1(getTranslation("users.title")), toolbar, grid);
    }

    private HorizontalLayout actions(AccountSummary account) {
        if (account.status() == AccountStatus.ERASED) {
            return new HorizontalLayout();
        }
        Button roles = new Button(PortalIcon.KEY.create(), e -> openRoles(account));
        roles.setAriaLabel(getTranslation("users.editRoles", account.fullName()));
        roles.setTooltipText(getTranslation("users.editRoles", account.fullName()));
        roles.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button toggle;
        if (account.status() == AccountStatus.DISABLED) {
            toggle = new Button(getTranslation("users.enable"), e -> run(() -> accounts.enable(account.id()),
                    "users.enabled"));
        } else {
            toggle = new Button(getTranslation("users.disable"), e -> confirmDisable(account));
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(roles, toggle);
        box.setSpacing(false);
        return box;
    }

    private void confirmDisable(AccountSummary account) {
        DestructiveConfirm.open("disable-confirm", getTranslation("users.disable.confirm.title"),
                getTranslation("users.disable.confirm.text", account.fullName()), getTranslation("users.disable"),
                () -> run(() -> accounts.disable(account.id()), "users.disabled"));
    }

    private void openRoles(AccountSummary account) {
        Dialog dialog = new Dialog(getTranslation("users.editRoles", account.fullName()));
        CheckboxGroup<Role> roles = roleChooser();
        roles.setValue(account.roles());
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                accounts.setRoles(account.id(), roles.getValue());
                dialog.close();
                success("users.rolesSaved");
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException ex) {
                roles.setErrorMessage(getTranslation(ex.fieldErrors().values().iterator().next()));
                roles.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("roles-save");
        dialog.add(roles);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("users.create"));
        TextField name = new TextField(getTranslation("register.fullName"));
        name.setId("staff-name");
        EmailField email = new EmailField(getTranslation("register.email"));
        email.setId("staff-email");
        TextField mobile = new TextField(getTranslation("register.mobile"));
        mobile.setHelperText(getTranslation("users.mobile.optional"));
        PasswordField password = new PasswordField(getTranslation("users.initialPassword"));
        password.setId("staff-password");
        password.setHelperText(getTranslation("validation.password.rule"));
        CheckboxGroup<Role> roles = roleChooser();
        roles.setValue(EnumSet.of(Role.RELATIONS_OFFICER));
        FormLayout form = new FormLayout(name, email, mobile, password, roles);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Button save = new Button(getTranslation("action.save"), e -> {
            Map<String, TextFieldBase<?, ?>> fields = Map.of("fullName", name, "email", email, "mobile", mobile,
                    "password", password);
            fields.values().forEach(f -> f.setInvalid(false));
            roles.setInvalid(false);
            try {
                accounts.createStaff(new NewStaffAccount(name.getValue(), email.getValue(), mobile.getValue(),
                        password.getValue(), Set.copyOf(roles.getValue())));
                dialog.close();
                success("users.created");
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException ex) {
                ex.fieldErrors().forEach((field, key) -> {
                    if (fields.containsKey(field)) {
                        fields.get(field).setErrorMessage(getTranslation(key));
                        fields.get(field).setInvalid(true);
                    } else if (field.equals("roles")) {
                        roles.setErrorMessage(getTranslation(key));
                        roles.setInvalid(true);
                    }
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("staff-save");
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.setWidth("min(36rem, 100%)");
        dialog.open();
    }

    private CheckboxGroup<Role> roleChooser() {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setId("role-chooser");
        return roles;
    }

    private void run(Runnable action, String successKey) {
        try {
            action.run();
            success(successKey);
        } catch (InvalidInputException e) {
            error(e.fieldErrors().values().iterator().next());
        } catch (ObjectOptimisticLockingFailureException e) {
            error("error.concurrentChange");
        }
        grid.getDataProvider().refreshAll();
    }

    private void success(String key) {
        Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void error(String key) {
        Notification.show(getTranslation(key), 6000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
