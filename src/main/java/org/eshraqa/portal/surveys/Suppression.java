package org.eshraqa.portal.surveys;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Rating is a right, not a weapon (P-7.3): no figure may describe fewer than k people. Two rules:
 * <ul>
 * <li>a cell over a period is shown only if it has at least k responses and its months with
 * fewer than k responses together have at least k (or none): so the period minus any of its
 * months, each of which can be asked for on its own, never leaves fewer than k people;</li>
 * <li>in a breakdown, if the hidden cells together hold fewer than k responses, the smallest shown
 * cells are hidden too until they hold at least k: so the total minus the shown cells never
 * describes fewer than k people either.</li>
 * </ul>
 */
final class Suppression {

    private Suppression() {
    }

    static boolean partitionSafe(Collection<Long> monthlyCounts, int k) {
        long total = monthlyCounts.stream().mapToLong(Long::longValue).sum();
        long small = monthlyCounts.stream().filter(c -> c > 0 && c < k).mapToLong(Long::longValue).sum();
        return total >= k && (small == 0 || small >= k);
    }

    /**
     * The positions to hide in a breakdown whose cell counts are {@code counts}, given the
     * positions already hidden by the first rule.
     */
    static Set<Integer> complementary(List<Long> counts, Set<Integer> hidden, int k) {
        Set<Integer> result = new HashSet<>(hidden);
        long hiddenTotal = result.stream().mapToLong(counts::get).sum();
        List<Integer> shownBySize = IntStream.range(0, counts.size()).boxed().filter(i -> !result.contains(i))
                .filter(i -> counts.get(i) > 0).sorted(Comparator.comparing(counts::get)).toList();
        int next = 0;
        while (hiddenTotal > 0 && hiddenTotal < k && next < shownBySize.size()) {
            int position = shownBySize.get(next++);
            result.add(position);
            hiddenTotal += counts.get(position);
        }
        return result;
    }
}
