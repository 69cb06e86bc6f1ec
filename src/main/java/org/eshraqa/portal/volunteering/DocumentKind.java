package org.eshraqa.portal.volunteering;

/** Documents a volunteer uploads with the application. */
public enum DocumentKind {
    /** Required; one per application. */
    CV,
    CERTIFICATE,
    LICENCE;

    /** Whether an application holds one document of this kind, so a new one replaces the old. */
    public boolean single() {
        return this == CV;
    }
}
