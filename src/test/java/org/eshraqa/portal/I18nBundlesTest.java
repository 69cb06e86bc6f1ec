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

    private static Properties load(String name) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
