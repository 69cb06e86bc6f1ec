/**
 * The case-file parts of the pages, the same for every kind of case: the message thread, the
 * internal notes and the audit trail of the staff mirror page, its action buttons and the way a
 * step reports being refused or outdated, and the documents section of a form with its upload
 * rules. A kind's page lays them out and passes what its service answers.
 */
@org.springframework.modulith.NamedInterface("casefile-ui")
package org.eshraqa.portal.shared.casefile.ui;
