package org.eshraqa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * One word per thing, in both languages, on every page: the glossary below is what the portal
 * says; a variant that crept in (the dashboard's "غير مقبول" where every other page says "مرفوض")
 * fails here. Counts agree with their number (no "14 يوم", no "day(s)"), and texts written for
 * staff do not speak to the beneficiary ("منك", "سجّلتها").
 */
class GlossaryTest {

    /** The portal's word for each thing, per language: key pattern → Arabic, English. */
    private static final Map<Pattern, List<String>> TERMS = Map.of(
            Pattern.compile("(requestState|volunteerState|surveyStep)\\.REJECTED"), List.of("مرفوض", "Rejected"),
            Pattern.compile("(requestState|volunteerState|surveyStep|enrolmentState\\.staff)\\.ACCEPTED"),
            List.of("مقبول", "Accepted"),
            Pattern.compile("(requestState|volunteerState|surveyStep)\\.WITHDRAWN"), List.of("مسحوب", "Withdrawn"));

    /** Variants that are not the portal's word (Arabic), with the word to use. */
    private static final Map<String, String> NOT_OUR_WORD_AR = Map.of(
            "غير مقبول", "مرفوض",
            "عدم القبول", "الرفض",
            "استبيان", "استبانة",
            "ميجابايت", "ميغابايت",
            "مدير الجودة", "مسؤول الجودة",
            "موظف العلاقات", "موظف علاقات المستفيدين",
            "الإحالة إلى اللجنة", "الرفع إلى لجنة البحث",
            "لا تقل عن أسبوعين تقريبًا", "لا تقل عن أسبوعين (سياسة الجمعية)");

    /** A number written before a counted noun: Arabic needs plural rules (3 أيام, 14 يومًا, 100 يوم). */
    private static final Pattern COUNT_WITHOUT_PLURAL = Pattern.compile(
            "\\{\\d}\\s*(يوم|أيام|ساعة|ساعات|دقيقة|دقائق|سنة|سنوات|شخص|أشخاص|فرصة|فرص|جانب|جوانب|قيمة|قيم|حرف|أحرف|مرة|مرات)");

    /** SMS texts are kept to one message and counted by the messaging work; their numbers are fixed. */
    private static final Set<String> COUNTS_EXEMPT = Set.of("claim.sms");

    /** Words that speak to the person the file is about, out of place in a text for staff. */
    private static final Pattern TO_THE_BENEFICIARY = Pattern.compile("منك|لديك|سجّلتها|سجلتها|بياناتك|طلبك|أرسلتها");

    @Test
    void everyKeyOfAConceptUsesTheGlossarysWord() throws Exception {
        Properties ar = load("messages_ar.properties");
        Properties en = load("messages_en.properties");
        List<String> wrong = new ArrayList<>();
        TERMS.forEach((keys, words) -> ar.stringPropertyNames().stream().filter(k -> keys.matcher(k).matches())
                .forEach(k -> {
                    if (!words.get(0).equals(ar.getProperty(k))) {
                        wrong.add(k + " (ar) = " + ar.getProperty(k) + ", glossary: " + words.get(0));
                    }
                    if (!words.get(1).equals(en.getProperty(k))) {
                        wrong.add(k + " (en) = " + en.getProperty(k) + ", glossary: " + words.get(1));
                    }
                }));
        ar.forEach((k, v) -> NOT_OUR_WORD_AR.forEach((variant, ours) -> {
            if (v.toString().contains(variant)) {
                wrong.add(k + ": «" + variant + "», the portal says «" + ours + "»");
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void countsAgreeWithTheirNumber() throws Exception {
        List<String> wrong = new ArrayList<>();
        load("messages_ar.properties").forEach((k, v) -> {
            if (!COUNTS_EXEMPT.contains(k) && COUNT_WITHOUT_PLURAL.matcher(v.toString()).find()) {
                wrong.add(k + " = " + v);
            }
        });
        load("messages_en.properties").forEach((k, v) -> {
            if (v.toString().contains("(s)")) {
                wrong.add(k + " = " + v);
            }
        });
        assertThat(wrong).as("write counts with {0, plural, ...}").isEmpty();
    }

    @Test
    void textsForStaffSpeakToStaff() throws Exception {
        List<String> wrong = new ArrayList<>();
        load("messages_ar.properties").forEach((k, v) -> {
            if (k.toString().contains(".staff") && TO_THE_BENEFICIARY.matcher(v.toString()).find()) {
                wrong.add(k + " = " + v);
            }
        });
        assertThat(wrong).isEmpty();
    }

    static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = GlossaryTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
