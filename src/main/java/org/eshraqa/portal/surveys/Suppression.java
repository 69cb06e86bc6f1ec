package org.eshraqa.portal.surveys;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Rating is a right, not a weapon (P-7.3): no figure the portal shows, nor the difference of any
 * two of them, may describe 1 to k − 1 people. Every figure is a sum of whole weeks (Sunday to
 * Saturday) of one series (the people of one filter and one row), so any two figures of a series
 * differ by whole weeks of it, and a row differs from a series that contains it week by week. Three
 * rules, all per week, so that they give the same answer whatever period or view asks:
 * <ul>
 * <li>a series is shown over a period only if each of its weeks holds no one or at least k;</li>
 * <li>and only if, in each week, every series that contains it (the filter's total, the row's
 * own series without the filter, everyone) holds no one more or at least k more;</li>
 * <li>a table's rows (the "no value" row among them) are shown only if, in each week, the total
 * minus the shown rows holds no one or at least k; otherwise none is.</li>
 * </ul>
 */
final class Suppression {

    private Suppression() {
    }

    /** Whether a group of {@code n} people may be told apart: none, or at least k. */
    static boolean tellable(long n, int k) {
        return n <= 0 || n >= k;
    }

    /** The first two rules: {@code series} and each of {@code containing} are responses per week. */
    static boolean weeklySafe(Map<LocalDate, Long> series, Collection<Map<LocalDate, Long>> containing, int k) {
        long total = 0;
        for (Map.Entry<LocalDate, Long> week : series.entrySet()) {
            long n = week.getValue();
            if (!tellable(n, k)) {
                return false;
            }
            total += n;
            for (Map<LocalDate, Long> outer : containing) {
                if (!tellable(outer.getOrDefault(week.getKey(), 0L) - n, k)) {
                    return false;
                }
            }
        }
        return total > 0;
    }

    /** The third rule: the total per week minus the shown rows per week. */
    static boolean complementSafe(Map<LocalDate, Long> total, Collection<Map<LocalDate, Long>> shown, int k) {
        Map<LocalDate, Long> rest = new HashMap<>(total);
        shown.forEach(row -> row.forEach((week, n) -> rest.merge(week, -n, Long::sum)));
        return rest.values().stream().allMatch(n -> tellable(n, k));
    }
}
