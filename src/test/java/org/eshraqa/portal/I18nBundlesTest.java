package org.eshraqa.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Both languages say everything: the same keys, none of them empty. */
class I18nBundlesTest {

    @Test
    void arabicAndEnglishHaveTheSameKeysAndNoEmptyValues() throws Exception {
        Properties ar = load("messages_ar.properties");
        Properties en = load("messages_en.properties");
        assertThat(ar.stringPropertyNames()).isNotEmpty().isEqualTo(en.stringPropertyNames());
        ar.forEach((k, v) -> assertThat(v.toString().strip()).as("ar " + k).isNotEmpty());
        en.forEach((k, v) -> assertThat(v.toString().strip()).as("en " + k).isNotEmpty());
    }

    @Test
    void arabicValuesAreArabic() throws Exception {
        Properties ar = load("messages_ar.properties");
        assertThat(ar.getProperty("app.name")).isEqualTo("جمعية إشراقة لتعزيز الصحة النفسية");
        assertThat(ar.getProperty("role.COMMITTEE_MEMBER")).isEqualTo("عضو لجنة البحث");
    }

    /**
     * A text with arguments goes through MessageFormat, where a lone apostrophe starts a quoted
     * part and swallows the arguments after it: such texts must double it ({@code ''}).
     */
    @Test
    void textsWithArgumentsDoubleTheirApostrophes() throws Exception {
        for (String bundle : new String[] {"messages_ar.properties", "messages_en.properties"}) {
            load(bundle).forEach((k, v) -> {
                String text = v.toString();
                if (text.matches("(?s).*\\{\\d}.*")) {
                    assertThat(text.replace("''", "")).as(bundle + " " + k).doesNotContain("'");
                }
            });
        }
    }

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
