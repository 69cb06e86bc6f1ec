package org.eshraqa.portal.surveys;

/**
 * The satisfaction figures of one cell: CSAT as the share of 4s and 5s and as a mean, NPS
 * (promoters 9–10 minus detractors 0–6, in points), mean effort (CES 1–7, lower is easier), and
 * the response rate. A cell with too few responses is {@link #hidden()}: then it carries no
 * number at all, not even how many responded.
 */
public record Figures(boolean shown, long responses, long invited, Double csatPercent, Double csatMean, Double nps,
                      Double cesMean, Double responseRate) {

    static Figures hidden() {
        return new Figures(false, 0, 0, null, null, null, null, null);
    }

    static Figures of(SurveyRollups.Measures m) {
        long n = m.responses();
        return new Figures(true, n, m.invited(),
                n == 0 ? null : 100.0 * m.csatTop() / n,
                n == 0 ? null : (double) m.csatSum() / n,
                m.npsN() == 0 ? null : 100.0 * (m.npsPromoters() - m.npsDetractors()) / m.npsN(),
                m.cesN() == 0 ? null : (double) m.cesSum() / m.cesN(),
                m.invited() == 0 ? null : Math.min(100.0, 100.0 * n / m.invited()));
    }
}
