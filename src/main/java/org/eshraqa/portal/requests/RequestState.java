package org.eshraqa.portal.requests;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Where a support request stands (PRODUCT.md section 1). */
public enum RequestState {
    DRAFT,
    SUBMITTED,
    IN_VERIFICATION,
    NEEDS_INFO,
    IN_RESEARCH,
    IN_COMMITTEE,
    ACCEPTED,
    REJECTED,
    REGISTERED,
    WITHDRAWN;

    private static final Set<RequestState> CLOSED = EnumSet.of(REJECTED, REGISTERED, WITHDRAWN);

    /** Closed requests change no more; closing one invites the person to rate the service. */
    /**
     * The message key of this state's name as staff read it. Staff see "waiting for information from
     * the beneficiary" where the beneficiary reads "waiting for information from you"; every other
     * state reads the same to both.
     */
    public String staffLabelKey() {
        return this == NEEDS_INFO ? "requestState.staff.NEEDS_INFO" : "requestState." + name();
    }

    public boolean isClosed() {
        return CLOSED.contains(this);
    }

    /** Submitted and not yet closed: the beneficiary may still withdraw it. */
    public boolean isOpen() {
        return this != DRAFT && !isClosed();
    }

    /** The states that pass the test as an SQL list, e.g. {@code ('REJECTED', 'REGISTERED', 'WITHDRAWN')}. */
    static String sqlList(Predicate<RequestState> test) {
        return Arrays.stream(values()).filter(test).map(state -> "'" + state.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
    }
}
