package org.eshraqa.portal.messaging;

/**
 * Why a message is sent. Only these: news of a person's own case, the survey after a service, the
 * answer to what they wrote, and a code they asked for. Nothing else, and no advertising.
 */
public enum Purpose {
    CASE_UPDATE,
    SURVEY,
    ANSWER,
    CODE
}
