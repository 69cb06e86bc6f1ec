package org.eshraqa.portal.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.eshraqa.portal.PortalApplication;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.NewStaffAccount;
import org.eshraqa.portal.identity.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The portal on an external MariaDB, as a deployment runs it: migrations apply and an account is
 * stored and read back. Runs when {@code PORTAL_TEST_EXTERNAL_DB_URL} names a database (CI starts
 * Debian's mariadb-server for it); user and password come from {@code PORTAL_TEST_EXTERNAL_DB_USER}
 * and {@code PORTAL_TEST_EXTERNAL_DB_PASSWORD}. Once the variable is set at all, a database that is not
 * MariaDB or does not answer fails the test ({@link ExternalDatabase#requireReachable}); it never
 * skips.
 */
@EnabledIfEnvironmentVariable(named = ExternalDatabase.URL, matches = ".*\\S.*")
@SpringBootTest(classes = PortalApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK,
        properties = {
                "spring.datasource.url=${PORTAL_TEST_EXTERNAL_DB_URL}",
                "spring.datasource.username=${PORTAL_TEST_EXTERNAL_DB_USER:portal}",
                "spring.datasource.password=${PORTAL_TEST_EXTERNAL_DB_PASSWORD:}",
                // An external database needs configured data keys; this one is for the test only.
                "portal.crypto.keys=ci:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
                "vaadin.devmode.devTools.enabled=false"
        })
class ExternalDatabaseSmokeTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired Accounts accounts;

    /** Before the portal starts on it, so that the failure names the database rather than a bean. */
    @BeforeAll
    static void theDatabaseAnswers() {
        ExternalDatabase.fromEnvironment(System.getenv()).orElseThrow().requireReachable();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void migrationsApplyAndAnAccountIsStoredAndReadBack() {
        assertThat(jdbc.queryForObject("select version()", String.class)).containsIgnoringCase("mariadb");
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success = 1", Integer.class))
                .isGreaterThanOrEqualTo(3);
        // No demo accounts on a configured database.
        assertThat(jdbc.queryForObject("select count(*) from account where email like '%@demo.eshraqa.org.sa'",
                Integer.class)).isZero();

        String email = "external." + System.nanoTime() + "@eshraqa.org.sa";
        long id = accounts.createStaff(new NewStaffAccount("موظف قاعدة خارجية", email, "0551234567",
                "a-good-password-1", EnumSet.of(Role.RELATIONS_OFFICER)));
        assertThat(accounts.search(email, 0, 5)).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(id);
            assertThat(a.fullName()).isEqualTo("موظف قاعدة خارجية");
            assertThat(a.roles()).containsExactly(Role.RELATIONS_OFFICER);
        });
    }
}
