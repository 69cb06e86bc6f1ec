package org.eshraqa.portal.shared;

/** The seven channels through which the association reaches beneficiaries (policy P-8). */
public enum Channel {
    /** المقابلة */
    INTERVIEW,
    /** الاتصالات الهاتفية */
    PHONE,
    /** وسائل التواصل الاجتماعي */
    SOCIAL_MEDIA,
    /** الخطابات */
    LETTER,
    /** خدمات طلب المساعدة */
    HELP_REQUEST_SERVICE,
    /** خدمة التطوع */
    VOLUNTEERING,
    /** الموقع الإلكتروني للجمعية — the portal itself */
    WEBSITE
}
