package org.eshraqa.portal.volunteering;

/** Asked because some activities are arranged for women or men only. */
public enum Gender {
    FEMALE,
    MALE
}
