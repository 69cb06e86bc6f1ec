package org.eshraqa.portal.shared.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The external database CI provides through {@code PORTAL_TEST_EXTERNAL_DB_*}. Provided means the
 * URL variable is set; from then on a database that cannot be reached is a failure, not a skip.
 */
record ExternalDatabase(String url, String user, String password) {

    static final String URL = "PORTAL_TEST_EXTERNAL_DB_URL";

    static Optional<ExternalDatabase> fromEnvironment(Map<String, String> environment) {
        String url = environment.get(URL);
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new ExternalDatabase(url.strip(), environment.getOrDefault("PORTAL_TEST_EXTERNAL_DB_USER",
                "portal"), environment.getOrDefault("PORTAL_TEST_EXTERNAL_DB_PASSWORD", "")));
    }

    /** Fails with the reason when the URL is not MariaDB's or a connection cannot be opened within 10 s. */
    void requireReachable() {
        if (!url.startsWith("jdbc:mariadb:")) {
            throw new AssertionError(URL + " is set but is not a MariaDB JDBC URL: " + url);
        }
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "10000");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            if (!connection.isValid(10)) {
                throw new AssertionError("The external database at " + url + " does not answer");
            }
        } catch (SQLException e) {
            throw new AssertionError("CI provides an external database at " + url + " but it cannot be reached: "
                    + e.getMessage(), e);
        }
    }
}
