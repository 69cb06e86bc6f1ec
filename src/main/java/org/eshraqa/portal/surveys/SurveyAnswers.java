package org.eshraqa.portal.surveys;

import java.util.Map;

/**
 * What the person answers: overall satisfaction (CSAT 1–5, the one required answer), a rating
 * 1–5 for each dimension they want to rate, effort (CES 1–7), recommendation (NPS 0–10), a
 * comment, and whether the association may contact them about it.
 */
public record SurveyAnswers(Integer csat, Map<String, Integer> ratings, Integer ces, Integer nps, String comment,
                            boolean mayContact) {

    public SurveyAnswers {
        ratings = ratings == null ? Map.of() : Map.copyOf(ratings);
    }
}
