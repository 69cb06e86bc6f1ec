/**
 * Support requests (طلب دعم مستفيد, policy P-10): the service catalogue, the request aggregate and
 * its lifecycle from draft to registration with the audit trail every transition writes,
 * documents, the message thread with staff, internal notes, the staff queue, and requests
 * recorded on behalf of people who came by another channel (P-8).
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.requests;
