package org.eshraqa.portal.surveys;

/** The survey link cannot be answered: it was used, has expired, or was never issued. */
public class SurveyClosed extends RuntimeException {

    private final SurveyPage.State state;

    SurveyClosed(SurveyPage.State state) {
        super("survey." + state.name());
        this.state = state;
    }

    public SurveyPage.State state() {
        return state;
    }
}
