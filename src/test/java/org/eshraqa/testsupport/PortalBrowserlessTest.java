package org.eshraqa.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Browserless view tests: the real views, services and database, driven from Java without a
 * browser. Shares the application context of {@link PortalTestBase}.
 */
@PortalTest
@ViewPackages(packages = "org.eshraqa.portal")
public abstract class PortalBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    private UserDetailsService portalUsers;

    @Autowired
    private Accounts portalAccounts;

    @Autowired
    private JdbcTemplate portalJdbc;

    public static final String ADMIN = PortalTestBase.ADMIN;
    public static final String BENEFICIARY = PortalTestBase.BENEFICIARY;
    public static final String OFFICER = PortalTestBase.OFFICER;

    /**
     * Signs in as this account and starts the UI afresh for them, as the page reload after
     * signing in does in a browser (so the UI speaks their language).
     */
    protected void signInAs(String email) {
        TestAccounts.signIn(portalUsers, email);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    /** The id of the account with this e-mail address. */
    protected long accountId(String email) {
        return TestAccounts.id(portalJdbc, email);
    }

    /** A new active account with these roles and the demo password; returns its e-mail address. */
    protected String newAccount(String fullName, Role... roles) {
        return TestAccounts.create(portalUsers, portalAccounts, fullName, roles);
    }

    /**
     * Opens this route as a visitor would and checks that the browser is sent to the sign-in page
     * (served outside Flow, so Vaadin sends the browser there instead of showing a view).
     */
    protected void assertSentToSignIn(String route) {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        ui.getInternals().dumpPendingJavaScriptInvocations();
        ui.navigate(route);
        String sent = ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(i -> i.getInvocation().getExpression() + " " + i.getInvocation().getParameters())
                .collect(java.util.stream.Collectors.joining("\n"));
        org.assertj.core.api.Assertions.assertThat(sent).as("sent to sign in from " + route).contains("login");
    }

    @AfterEach
    void signOutAfterTest() {
        SecurityContextHolder.clearContext();
    }
}
