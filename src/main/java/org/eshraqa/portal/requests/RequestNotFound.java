package org.eshraqa.portal.requests;

/**
 * No such request for this person: it does not exist, or it is someone else's. The two are
 * deliberately indistinguishable.
 */
public class RequestNotFound extends RuntimeException {

    RequestNotFound() {
        super("request.notFound");
    }
}
