package org.eshraqa.portal.inquiries;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An answer the administrator keeps ready for common questions, in Arabic and English. */
@Entity
class CannedAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String titleAr;
    private String titleEn;
    private String bodyAr;
    private String bodyEn;
    private int sortOrder;
    private boolean active;

    @Version
    private long version;

    protected CannedAnswer() {
    }

    CannedAnswer(CannedAnswerDraft draft) {
        update(draft);
    }

    void update(CannedAnswerDraft draft) {
        this.titleAr = draft.titleAr().strip();
        this.titleEn = draft.titleEn().strip();
        this.bodyAr = draft.bodyAr().strip();
        this.bodyEn = draft.bodyEn().strip();
        this.sortOrder = draft.sortOrder();
        this.active = draft.active();
    }

    long version() {
        return version;
    }

    boolean isActive() {
        return active;
    }

    CannedAnswerView view() {
        return new CannedAnswerView(id, titleAr, titleEn, bodyAr, bodyEn, sortOrder, active, version);
    }
}
