/**
 * Insights: the satisfaction dashboard of the quality manager and the summary every member of
 * staff reads. It owns no tables: it puts together the surveys' statistics (already protected by
 * the minimum cell size) with the service figures of support requests and volunteering.
 * API: {@link org.eshraqa.portal.insights.Dashboards}.
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.insights;
