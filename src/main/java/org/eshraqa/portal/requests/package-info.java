/**
 * Support requests (طلب دعم مستفيد, policy P-10): the request aggregate and its lifecycle from
 * draft to registration, with the audit trail every transition writes.
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.requests;
