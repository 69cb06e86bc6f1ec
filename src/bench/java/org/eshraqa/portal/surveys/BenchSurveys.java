package org.eshraqa.portal.surveys;

import java.util.random.RandomGenerator;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Lets the benchmark's generator use the survey module's own code: the rebuild of the dashboard's
 * summary tables, and the demo data's weighted pick of an answer.
 */
public final class BenchSurveys {

    private BenchSurveys() {
    }

    public static void rebuild(DataSource dataSource) {
        new SurveyRollups(new JdbcTemplate(dataSource)).rebuild();
    }

    /** An answer from 1 to {@code weights.length}, each as likely as its weight. */
    public static int pick(RandomGenerator random, int[] weights) {
        return SurveysDemo.pick(random, weights);
    }
}
