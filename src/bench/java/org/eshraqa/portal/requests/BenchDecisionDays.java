package org.eshraqa.portal.requests;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Lets the data generator recount the decisions per day and the open work after its bulk load. */
public final class BenchDecisionDays {

    private BenchDecisionDays() {
    }

    public static void rebuild(DataSource dataSource) {
        new DecisionDays(JdbcClient.create(dataSource)).rebuild();
        new OpenWork(JdbcClient.create(dataSource)).rebuild();
    }
}
