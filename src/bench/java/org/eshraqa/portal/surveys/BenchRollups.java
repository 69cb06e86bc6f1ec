package org.eshraqa.portal.surveys;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Lets the benchmark's generator rebuild the dashboard's summary tables with the module's own code. */
public final class BenchRollups {

    private BenchRollups() {
    }

    public static void rebuild(DataSource dataSource) {
        new SurveyRollups(new JdbcTemplate(dataSource)).rebuild();
    }
}
