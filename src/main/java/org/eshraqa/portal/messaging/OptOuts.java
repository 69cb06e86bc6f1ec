package org.eshraqa.portal.messaging;

import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.shared.Digits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers that answered with an opt-out word, per channel. The words are recognised however they
 * are written: any case, with or without hamza, diacritics, tatweel or punctuation around them.
 */
@Component
class OptOuts {

    /** "STOP" and its usual companions; إيقاف / ايقاف, وقف, توقف, إلغاء / الغاء after normalising. */
    static final Set<String> WORDS = Set.of("stop", "stopall", "unsubscribe", "ايقاف", "وقف", "توقف", "الغاء",
            "الغاء الاشتراك");

    private final JdbcClient jdbc;
    private final Clock clock;

    OptOuts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Whether a whole message is an opt-out word. */
    static boolean isOptOut(String text) {
        return text != null && WORDS.contains(normalise(text));
    }

    static String normalise(String text) {
        String value = Normalizer.normalize(Digits.toLatin(text), Normalizer.Form.NFKC)
                .replaceAll("[\\u064B-\\u065F\\u0670\\u0640]", "") // harakat, dagger alif, tatweel
                .replaceAll("[أإآٱ]", "ا")
                .replaceAll("[\\p{Punct}\\p{IsPunctuation}«»،؛؟\\s]+", " ")
                .strip().toLowerCase(Locale.ROOT);
        return value;
    }

    void optOut(String mobile, MessagingChannel channel) {
        jdbc.sql("""
                        insert into messaging_opt_out (mobile, channel, opted_at) values (:mobile, :channel, :now)
                        on duplicate key update opted_at = :now
                        """)
                .param("mobile", mobile).param("channel", channel.name())
                .param("now", clock.instant().atOffset(ZoneOffset.UTC).toLocalDateTime()).update();
    }

    void optIn(String mobile, MessagingChannel channel) {
        jdbc.sql("delete from messaging_opt_out where mobile = :mobile and channel = :channel")
                .param("mobile", mobile).param("channel", channel.name()).update();
    }

    boolean optedOut(String mobile, MessagingChannel channel) {
        return jdbc.sql("select count(*) from messaging_opt_out where mobile = :mobile and channel = :channel")
                .param("mobile", mobile).param("channel", channel.name()).query(Long.class).single() > 0;
    }
}
