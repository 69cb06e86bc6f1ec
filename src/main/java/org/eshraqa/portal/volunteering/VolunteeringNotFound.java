package org.eshraqa.portal.volunteering;

import org.eshraqa.portal.shared.casefile.CaseGone;

/**
 * No such application, opportunity, enrolment, document or certificate for this person: it does
 * not exist, or it is someone else's. The two are deliberately indistinguishable.
 */
public class VolunteeringNotFound extends CaseGone {

    VolunteeringNotFound() {
        super("volunteer.notFound");
    }
}
