/**
 * Who opened what: every staff view of a sensitive record or document is written to the access
 * log. The administrator reads and filters it; a person sees who at the association opened their
 * file (by role, or by name where the association chooses).
 */
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.audit;
