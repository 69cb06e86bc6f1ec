package org.eshraqa.portal.surveys;

/**
 * What a survey link opens: the survey to answer, or why it cannot be answered (the link was
 * used, has expired, or was never issued — the last two said in the same words as a forged one).
 */
public record SurveyPage(State state, TriggerType trigger, String language, TemplateView template) {

    public enum State { OPEN, ANSWERED, EXPIRED, UNKNOWN }

    static SurveyPage closed(State state) {
        return new SurveyPage(state, null, null, null);
    }
}
