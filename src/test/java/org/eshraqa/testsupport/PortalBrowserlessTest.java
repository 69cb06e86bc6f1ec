package org.eshraqa.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;

/**
 * Browserless view tests: the real views, services and database, driven from Java without a
 * browser. Shares the application context of {@link PortalTestBase}.
 */
@PortalTest
@ViewPackages(packages = "org.eshraqa.portal")
public abstract class PortalBrowserlessTest extends SpringBrowserlessTest {

    public static final String ADMIN = PortalTestBase.ADMIN;
    public static final String BENEFICIARY = PortalTestBase.BENEFICIARY;
    public static final String OFFICER = PortalTestBase.OFFICER;
}
