/**
 * Volunteering (خدمة التطوع, P-8 channel 6): applications from home with their review, interview
 * and decision; opportunities the coordinator publishes and volunteers join; hours the
 * coordinator confirms; and certificates of hours anyone can verify. API:
 * {@link org.eshraqa.portal.volunteering.VolunteerApplications},
 * {@link org.eshraqa.portal.volunteering.Opportunities} and
 * {@link org.eshraqa.portal.volunteering.Certificates}.
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.volunteering;
