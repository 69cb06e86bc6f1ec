/**
 * The case file every kind of case keeps (a support request, a volunteer application, a question):
 * its message thread and internal notes (sealed at rest in the kind's own tables), the bytes of its
 * documents, the checks of the person's details, what a refused or outdated step says, and the
 * case-file parts of the pages (thread, notes, audit trail, document uploads, the staff mirror's
 * steps). Each kind keeps its own tables, states and rules and uses these parts; a new kind of case
 * needs its entities, its aggregate's actions and its pages' layout, not another copy of these.
 */
@org.springframework.modulith.NamedInterface("casefile")
@org.springframework.lang.NonNullApi
package org.eshraqa.portal.shared.casefile;
