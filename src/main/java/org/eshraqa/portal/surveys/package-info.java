/**
 * Satisfaction (قياس رضا المستفيد, P-6, P-7): invitations after every service, single-use survey
 * links, versioned templates, responses that protect the rater (no names unless they ask to be
 * contacted, no figure over fewer than k people), the statistics the dashboards read, and
 * improvement actions published as "you said, we did". API: {@link org.eshraqa.portal.surveys.Surveys},
 * {@link org.eshraqa.portal.surveys.SurveyStatistics}, {@link org.eshraqa.portal.surveys.ImprovementActions}.
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.surveys;
