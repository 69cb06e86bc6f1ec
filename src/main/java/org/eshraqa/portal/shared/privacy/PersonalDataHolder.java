package org.eshraqa.portal.shared.privacy;

import java.time.Instant;
import java.util.List;

/**
 * One module's part of a person's data under the Personal Data Protection Law: what it holds
 * (for the person's own copy), what must stay for now, and how it is erased. Every module that
 * stores personal data implements it; the identity module puts the parts together.
 *
 * <p>Implementations work from the account id alone, never from the security context: the
 * administrator approves an erasure for someone else, and the retention job runs with no one
 * signed in.
 */
public interface PersonalDataHolder {

    /** Folder of this part in the downloaded archive, e.g. {@code requests}. */
    String section();

    /** Writes what this module holds about the person into the archive. */
    void export(long accountId, DataArchive archive);

    /**
     * Message keys of the reasons this module's data about the person must be kept for now (a
     * case still being worked, a certificate others verify). Empty when it may be erased at once.
     */
    default List<String> reasonsToKeep(long accountId) {
        return List.of();
    }

    /**
     * Erases or anonymises what this module holds about the person. Figures already counted
     * (survey statistics, service figures) stay as they are.
     *
     * @return how many records were erased or anonymised
     */
    int erase(long accountId);

    /**
     * Anonymises files of anyone that closed before the cutoff (the retention rule).
     *
     * @return how many files were anonymised
     */
    default int anonymiseClosedBefore(Instant cutoff) {
        return 0;
    }
}
