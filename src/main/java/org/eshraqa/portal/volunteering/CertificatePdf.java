package org.eshraqa.portal.volunteering;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.eshraqa.portal.shared.PortalDates;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Lays out a certificate of volunteer hours as a one-page A4 landscape PDF, in Arabic (right to
 * left, letters joined by ICU4J's shaping) or English. The page is built as a jsoup document, so
 * the volunteer's name is always text, never markup. Fonts travel with the portal
 * ({@code resources/fonts}, SIL Open Font License): a server needs none installed.
 *
 * <p>ICU shapes Arabic into presentation forms, where short vowels (tashkeel) would stand apart
 * from their letters; they are left out of the certificate's text, as in most printed Arabic.
 */
@Component
class CertificatePdf {

    private static final String ARABIC_FONT = "Noto Naskh Arabic";
    private static final String LATIN_FONT = "Noto Sans";

    private final MessageSource messages;
    private final String baseUrl;

    CertificatePdf(MessageSource messages, @Value("${portal.base-url}") String baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    byte[] render(CertificateView certificate, Locale locale) {
        boolean arabic = "ar".equals(locale.getLanguage());
        Document page = Jsoup.parse("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><style></style></head>"
                + "<body></body></html>");
        page.outputSettings().syntax(Document.OutputSettings.Syntax.xml);
        page.selectFirst("html").attr("lang", locale.getLanguage()).attr("dir", arabic ? "rtl" : "ltr");
        page.selectFirst("style").appendText(css(arabic));
        Element frame = page.body().appendElement("div").addClass("frame");
        frame.appendElement("p").addClass("association").text(text("app.name", locale));
        frame.appendElement("h1").text(text("certificate.pdf.title", locale));
        String form = certificate.gender() == Gender.FEMALE ? ".FEMALE" : ".MALE";
        frame.appendElement("p").addClass("lead").text(text("certificate.pdf.certifies" + form, locale));
        frame.appendElement("p").addClass("name").text(withoutTashkeel(certificate.volunteerName()));
        frame.appendElement("p").addClass("lead").text(text("certificate.pdf.gave" + form, locale,
                new java.math.BigDecimal(certificate.hoursText()), certificate.opportunities()));
        if (certificate.firstActivity() != null && certificate.firstActivity().equals(certificate.lastActivity())) {
            frame.appendElement("p").addClass("period").text(text("certificate.pdf.on", locale,
                    PortalDates.both(certificate.firstActivity(), locale)));
        } else if (certificate.firstActivity() != null && certificate.lastActivity() != null) {
            frame.appendElement("p").addClass("period").text(text("certificate.pdf.period", locale,
                    PortalDates.both(certificate.firstActivity(), locale),
                    PortalDates.both(certificate.lastActivity(), locale)));
        }
        frame.appendElement("p").addClass("thanks").text(text("certificate.pdf.thanks" + form, locale));
        Element footer = frame.appendElement("div").addClass("footer");
        footer.appendElement("p").text(text("certificate.pdf.issued", locale,
                PortalDates.both(certificate.issuedAt(), locale)));
        footer.appendElement("p").text(text("certificate.pdf.verify", locale));
        footer.appendElement("p").addClass("code").attr("dir", "ltr").text(certificate.code() + "  ·  "
                + baseUrl + "/certificates/verify/" + certificate.code());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(arabic ? BaseRendererBuilder.TextDirection.RTL
                    : BaseRendererBuilder.TextDirection.LTR);
            font(builder, "NotoNaskhArabic-Regular.ttf", ARABIC_FONT, 400);
            font(builder, "NotoNaskhArabic-Bold.ttf", ARABIC_FONT, 700);
            font(builder, "NotoSans-Regular.ttf", LATIN_FONT, 400);
            font(builder, "NotoSans-Bold.ttf", LATIN_FONT, 700);
            // Nothing outside the document: no file, no network.
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("The certificate could not be laid out", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, String family, int weight) {
        builder.useFont(() -> CertificatePdf.class.getResourceAsStream("/fonts/" + file), family, weight,
                BaseRendererBuilder.FontStyle.NORMAL, true);
    }

    private static String css(boolean arabic) {
        String fonts = arabic ? "'" + ARABIC_FONT + "', '" + LATIN_FONT + "'" : "'" + LATIN_FONT + "', '" + ARABIC_FONT + "'";
        return "@page { size: A4 landscape; margin: 14mm; }"
                + "body { font-family: " + fonts + "; color: #1f2d3d; text-align: center; }"
                + ".frame { border: 3px solid #1f6f78; padding: 12mm 16mm; height: 150mm; }"
                + ".association { font-size: 15pt; color: #1f6f78; margin: 0; }"
                + "h1 { font-size: 30pt; margin: 6mm 0 8mm 0; color: #12474d; }"
                + ".lead { font-size: 15pt; margin: 3mm 0; }"
                + ".name { font-size: 26pt; font-weight: bold; margin: 4mm 0; color: #12474d; }"
                + ".period { font-size: 12pt; margin: 3mm 0; }"
                + ".thanks { font-size: 13pt; margin: 8mm 0 0 0; }"
                + ".footer { margin-top: 10mm; font-size: 10pt; color: #4a5a6a; }"
                + ".footer p { margin: 1mm 0; }"
                + ".code { font-family: '" + LATIN_FONT + "'; font-size: 11pt; font-weight: bold; }";
    }

    private String text(String key, Locale locale, Object... args) {
        return withoutTashkeel(messages.getMessage(key, args, locale));
    }

    static String withoutTashkeel(String text) {
        return text.replaceAll("[\\u064B-\\u0652\\u0670]", "");
    }
}
