package org.eshraqa.portal.volunteering;

/** What a volunteer can do; opportunities ask for some of these. */
public enum Skill {
    COUNSELLING,
    PSYCHOTHERAPY,
    SOCIAL_WORK,
    NURSING,
    MEDICINE,
    TEACHING_TRAINING,
    PUBLIC_SPEAKING,
    EVENT_ORGANISING,
    GRAPHIC_DESIGN,
    SOCIAL_MEDIA,
    WRITING_EDITING,
    TRANSLATION,
    IT_SUPPORT,
    DATA_ENTRY,
    ADMINISTRATION,
    PHOTOGRAPHY_VIDEO,
    FUNDRAISING,
    DRIVING
}
