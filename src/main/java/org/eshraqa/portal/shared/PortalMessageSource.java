package org.eshraqa.portal.shared;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The bundles, with two rules for their arguments, for the UI, mails and documents alike:
 * <ul>
 *   <li>A text that counts something is written with ICU's plural rules
 *       ({@code {0, plural, one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}}}),
 *       so Arabic agrees with the number (3 أيام, 14 يومًا, 100 يوم) and English says "1 day", "2 days".</li>
 *   <li>Numbers are written in Western digits, as dates are, and in Arabic without the Latin
 *       thousands comma ("4000", as the bundle's own texts write numbers), never "4,000".</li>
 * </ul>
 */
public class PortalMessageSource extends ResourceBundleMessageSource {

    private static final Pattern LATIN_GROUPING = Pattern.compile("(?<=\\d),(?=\\d{3})");

    @Override
    protected String getMessageInternal(String code, Object[] args, Locale locale) {
        if (code == null || args == null || args.length == 0 || locale == null) {
            return super.getMessageInternal(code, args, locale);
        }
        boolean arabic = "ar".equals(locale.getLanguage());
        String pattern = resolveCodeWithoutArguments(code, locale);
        if (pattern != null && pattern.contains(", plural,")) {
            String text = new MessageFormat(pattern, arabic ? new ULocale("ar@numbers=latn") : ULocale.ENGLISH)
                    .format(countable(resolveArguments(args, locale)));
            return arabic ? LATIN_GROUPING.matcher(text).replaceAll("") : text;
        }
        return super.getMessageInternal(code, arabic ? plainNumbers(args) : args, locale);
    }

    /** A count handed over as text ("10") is still a count. */
    private static Object[] countable(Object[] args) {
        Object[] counts = args.clone();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] instanceof String text && text.matches("\\d{1,18}(\\.\\d{1,9})?")) {
                counts[i] = new BigDecimal(text);
            }
        }
        return counts;
    }

    private static Object[] plainNumbers(Object[] args) {
        Object[] plain = args.clone();
        DecimalFormat format = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number number) {
                plain[i] = format.format(number instanceof BigDecimal ? number : number.doubleValue());
            }
        }
        return plain;
    }
}
