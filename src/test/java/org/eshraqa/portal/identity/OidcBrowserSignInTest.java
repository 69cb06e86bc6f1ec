package org.eshraqa.portal.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.eshraqa.testsupport.Browser;
import org.eshraqa.testsupport.OidcTestProvider;
import org.eshraqa.testsupport.PortalTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A person clicks the provider's button on the login page and comes back signed in, in a real browser. */
class OidcBrowserSignInTest extends PortalTestBase {

    @BeforeEach
    void provider() {
        infra().startOidcProvider();
    }

    @Test
    void signsInThroughTheProviderButton() {
        try (Browser browser = new Browser()) {
            Page page = browser.newPage(1280, 900);
            page.navigate(infra().portalUrl() + "/login");
            Browser.settle(page);
            page.click("#oidc-testid");
            page.waitForURL(url -> url.startsWith(infra().oidcIssuer() + "/login"));
            page.fill("#username", OidcTestProvider.USER_EMAIL);
            page.fill("#password", OidcTestProvider.USER_PASSWORD);
            page.click("button[type=submit]");
            page.waitForURL(url -> url.startsWith(infra().portalUrl()));
            Browser.settle(page);
            Browser.screenshot(page, "oidc-signed-in-ar-desktop");
            assertThat(page.url()).isEqualTo(infra().portalUrl() + "/");
            assertThat(page.textContent("#home-greeting")).contains(OidcTestProvider.USER_NAME);
            assertThat(page.isVisible("#sign-out")).isTrue();
        }
    }
}
