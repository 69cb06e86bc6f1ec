package org.eshraqa.portal.volunteering;

/** Languages a volunteer can serve people in. */
public enum SpokenLanguage {
    ARABIC,
    ENGLISH,
    URDU,
    HINDI,
    BENGALI,
    FILIPINO,
    INDONESIAN,
    FRENCH,
    TURKISH,
    PERSIAN,
    SIGN_LANGUAGE
}
