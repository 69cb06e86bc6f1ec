package org.eshraqa.portal.shared;

import java.util.Optional;

/** Keeps a signed-in person's chosen UI language; the identity module implements it. */
public interface LanguagePreferences {

    Optional<String> load(long accountId);

    void save(long accountId, String language);
}
