package org.eshraqa.portal.surveys;

import java.util.List;

/** A survey template version as the editor and the survey page read it. */
public record TemplateView(long id, TriggerType trigger, int versionNumber, String introAr, String introEn,
                           List<TemplateDimension> dimensions, boolean answered, long version) {

    public String intro(java.util.Locale locale) {
        return "ar".equals(locale.getLanguage()) ? introAr : introEn;
    }
}
