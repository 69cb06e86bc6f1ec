package org.eshraqa.portal.volunteering;

/** Highest completed education. */
public enum Education {
    SECONDARY,
    DIPLOMA,
    BACHELOR,
    MASTER,
    DOCTORATE
}
