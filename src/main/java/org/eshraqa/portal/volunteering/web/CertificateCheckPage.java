package org.eshraqa.portal.volunteering.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.web.PublicPages;
import org.eshraqa.portal.volunteering.CertificateCheck;
import org.eshraqa.portal.volunteering.CertificateView;
import org.eshraqa.portal.volunteering.Certificates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public check of a certificate of volunteer hours: anyone with its code (printed on the PDF)
 * sees whom it was issued to, for how many hours, and when (Hijri and Gregorian). A code that was
 * never issued is reported as not valid; one whose holder's data was erased since, as issued on
 * its date with the details erased. The result pages carry a person's name, so they are not indexed.
 */
@Controller
class CertificateCheckPage {

    private final Certificates certificates;
    private final PublicPages pages;
    private final MessageSource messages;

    CertificateCheckPage(Certificates certificates, PublicPages pages, MessageSource messages) {
        this.certificates = certificates;
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/certificates/verify")
    String form(@RequestParam(required = false) String code, HttpServletRequest request, Model model) {
        return page(code, request, model);
    }

    @GetMapping("/certificates/verify/{code}")
    String check(@PathVariable String code, HttpServletRequest request, Model model) {
        return page(code, request, model);
    }

    private String page(String code, HttpServletRequest request, Model model) {
        Locale locale = pages.locale(request);
        PublicPages.describe(model, text("certificate.verify.title", locale), text("certificate.verify.lead", locale));
        String typed = code == null ? "" : code.strip();
        model.addAttribute("code", typed.length() > 40 ? typed.substring(0, 40) : typed);
        if (typed.isEmpty()) {
            return "volunteering/verify-certificate";
        }
        PublicPages.noindex(model);
        CertificateCheck result = certificates.check(typed);
        model.addAttribute("status", result.status().name());
        if (result.status() == CertificateCheck.Status.VALID) {
            CertificateView c = result.certificate();
            Map<String, String> details = new LinkedHashMap<>();
            details.put(text("certificate.name", locale), c.volunteerName());
            details.put(text("certificate.hours", locale), c.hoursText());
            details.put(text("certificate.opportunities", locale), String.valueOf(c.opportunities()));
            details.put(text("certificate.issuedAt", locale), PortalDates.both(c.issuedAt(), locale));
            details.put(text("certificate.code", locale), c.code());
            model.addAttribute("details", details);
        } else if (result.status() == CertificateCheck.Status.HOLDER_ERASED) {
            model.addAttribute("erased", messages.getMessage("certificate.verify.erased",
                    new Object[] {PortalDates.both(result.issuedAt(), locale)}, locale));
        }
        return "volunteering/verify-certificate";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
