package org.eshraqa.portal.volunteering;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eshraqa.portal.shared.PortalMessageSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The certificate as a PDF reader gets it: the text extracted again holds the volunteer's Arabic
 * name, the hours, the code and the verification address, in Arabic and in English.
 */
class CertificatePdfTest {

    static final CertificateView CERTIFICATE = new CertificateView(1, "7K3QZ-M9X2P", "وعد حمد الدوسري", Gender.FEMALE,
            150, 2, LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 21), Instant.parse("2026-12-01T08:00:00Z"));

    private static String text(Locale locale) throws Exception {
        ResourceBundleMessageSource messages = new PortalMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        byte[] pdf = new CertificatePdf(messages, "https://portal.eshraqa.org.sa/").render(CERTIFICATE, locale);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isOne();
            // Shaped Arabic comes back as presentation forms; NFKC turns them into plain letters.
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC);
        }
    }

    @Test
    void theArabicCertificateNamesTheVolunteerAndTheirHours() throws Exception {
        String text = text(Locale.forLanguageTag("ar"));
        assertThat(text).contains("شهادة ساعات تطوع").contains("وعد حمد الدوسري").contains("2.5")
                .contains("بأن المتطوعة").contains("7K3QZ-M9X2P")
                .contains("https://portal.eshraqa.org.sa/certificates/verify/7K3QZ-M9X2P");
    }

    @Test
    void theEnglishCertificateSaysTheSame() throws Exception {
        String text = text(Locale.ENGLISH);
        assertThat(text).contains("Certificate of volunteer hours").contains("gave 2.5 hours")
                .contains("in 2 of its volunteer opportunities").contains("وعد حمد الدوسري").contains("7K3QZ-M9X2P");
    }

    @Test
    void verificationCodesForgiveHowPeopleTypeThemAndNothingElse() {
        assertThat(Certificates.normalise(" 7k3qz m9x2p ")).hasValue("7K3QZ-M9X2P");
        assertThat(Certificates.normalise("7K3QZ-M9X2O")).as("O read as zero").hasValue("7K3QZ-M9X20");
        assertThat(Certificates.normalise("7K3QZ-M9X2")).isEmpty();
        assertThat(Certificates.normalise("7K3QZ-M9X2U")).as("U is not in the alphabet").isEmpty();
        assertThat(Certificates.normalise("' or 1=1 --")).isEmpty();
        assertThat(Certificates.normalise(null)).isEmpty();
    }
}
