package org.eshraqa.portal.shared.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A value axis with round ticks (steps of 1, 2, 2.5 or 5 times a power of ten) that covers the
 * values and zero, as a person would draw it by hand: 0–100 for percentages, −20–60 for an NPS.
 */
record ChartScale(double min, double max, double step) {

    ChartScale {
        if (!(max > min) || !(step > 0)) {
            throw new IllegalArgumentException("an empty scale: " + min + "–" + max + " by " + step);
        }
    }

    /** A scale for these values (nulls are gaps), with about {@code ticks} intervals; 0–1 when empty. */
    static ChartScale covering(Collection<Double> values, int ticks) {
        double low = 0;
        double high = 0;
        for (Double v : values) {
            if (v != null && Double.isFinite(v)) {
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        if (high == low) {
            high = low + 1;
        }
        double step = niceStep((high - low) / Math.max(1, ticks));
        return new ChartScale(Math.floor(low / step) * step, Math.ceil(high / step) * step, step);
    }

    /** The scale from zero to a known top, e.g. 100 % or the fifth star. */
    static ChartScale upTo(double max, int ticks) {
        double rough = max / Math.max(1, ticks);
        double step = niceStep(rough);
        // The top is fixed, so the step must divide it: 0–5 stars by 1, not by 2 up to 6. A top no
        // round step divides (e.g. 1/3) is cut in equal parts instead.
        while (Math.abs(max / step - Math.rint(max / step)) > 1e-9) {
            step = smallerNiceStep(step);
            if (step < rough / 10) {
                return new ChartScale(0, max, rough);
            }
        }
        return new ChartScale(0, max, step);
    }

    private static double smallerNiceStep(double step) {
        double power = Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
        double mantissa = step / power;
        return mantissa > 5 + 1e-9 ? 5 * power : mantissa > 2.5 + 1e-9 ? 2.5 * power
                : mantissa > 2 + 1e-9 ? 2 * power : mantissa > 1 + 1e-9 ? power : power / 2;
    }

    private static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double nice : new double[] {1, 2, 2.5, 5}) {
            if (rough <= nice * power * (1 + 1e-9)) {
                return nice * power;
            }
        }
        return 10 * power;
    }

    /** How far up the scale the value sits, from 0 (the bottom) to 1 (the top), clamped. */
    double share(double value) {
        return Math.clamp((value - min) / (max - min), 0, 1);
    }

    /** The ticks from the bottom to the top. */
    List<Double> ticks() {
        List<Double> ticks = new ArrayList<>();
        long count = Math.round((max - min) / step);
        for (long i = 0; i <= count; i++) {
            // Rounded so 0.1 steps print as 0.3, not 0.30000000000000004.
            ticks.add(Math.round((min + i * step) * 1e6) / 1e6);
        }
        return ticks;
    }
}
