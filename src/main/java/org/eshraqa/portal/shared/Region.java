package org.eshraqa.portal.shared;

/** The thirteen administrative regions of the Kingdom, for addresses and breakdowns. */
public enum Region {
    RIYADH,
    MAKKAH,
    MADINAH,
    EASTERN,
    QASSIM,
    ASIR,
    TABUK,
    HAIL,
    NORTHERN_BORDERS,
    JAZAN,
    NAJRAN,
    AL_BAHA,
    AL_JOUF
}
