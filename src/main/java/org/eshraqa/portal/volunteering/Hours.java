package org.eshraqa.portal.volunteering;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Hours as people type and read them (1.5), minutes as the portal counts them (90). */
public final class Hours {

    private Hours() {
    }

    /** Whole minutes from hours typed with up to two decimals; null stays null. */
    public static Integer minutes(BigDecimal hours) {
        if (hours == null) {
            return null;
        }
        return hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** 90 → "1.5", 120 → "2", 100 → "1.67". */
    public static String text(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }
}
