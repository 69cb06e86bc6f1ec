package org.eshraqa.portal.requests;

import org.eshraqa.portal.shared.casefile.CaseGone;

/**
 * No such request for this person: it does not exist, or it is someone else's. The two are
 * deliberately indistinguishable.
 */
public class RequestNotFound extends CaseGone {

    RequestNotFound() {
        super("request.notFound");
    }
}
