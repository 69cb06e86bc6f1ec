package org.eshraqa.portal.requests.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eshraqa.portal.requests.BeneficiaryRequestView;
import org.eshraqa.portal.requests.DocumentInfo;
import org.eshraqa.portal.requests.DocumentType;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.TimelineEntry;
import org.eshraqa.portal.shared.Channel;
import org.junit.jupiter.api.Test;

/**
 * A file of a kind sent again in answer to a request for information is listed as replaced by the
 * newer one; files of a kind sent together, or of another kind, are not.
 */
class ReplacedDocumentsTest {

    private static final Instant SUBMITTED = Instant.parse("2026-11-01T08:00:00Z");
    private static final Instant ASKED = Instant.parse("2026-11-03T08:00:00Z");

    private static DocumentInfo file(long id, DocumentType type, Instant at) {
        return new DocumentInfo(id, type, "scan-" + id + ".pdf", "application/pdf", 100, at);
    }

    private static BeneficiaryRequestView request(List<TimelineEntry> timeline, List<DocumentInfo> documents) {
        return new BeneficiaryRequestView(1, "ESH-1", "THERAPY_SESSIONS", Channel.WEBSITE, RequestState.IN_VERIFICATION,
                null, "حاجة", SUBMITTED, null, null, Set.of(), null, timeline, documents, List.of(), 3, Set.of());
    }

    @Test
    void anIdCopySentAgainAfterARequestForInformationReplacesTheOldOne() {
        DocumentInfo front = file(1, DocumentType.NATIONAL_ID_COPY, SUBMITTED.minusSeconds(60));
        DocumentInfo back = file(2, DocumentType.NATIONAL_ID_COPY, SUBMITTED.minusSeconds(30));
        DocumentInfo report = file(3, DocumentType.MEDICAL_REPORT, SUBMITTED.minusSeconds(10));
        DocumentInfo newCopy = file(4, DocumentType.NATIONAL_ID_COPY, ASKED.plusSeconds(3600));
        List<TimelineEntry> timeline = List.of(
                new TimelineEntry(SUBMITTED, RequestState.DRAFT, RequestState.SUBMITTED, null),
                new TimelineEntry(ASKED, RequestState.IN_VERIFICATION, RequestState.NEEDS_INFO, "صورة أوضح"),
                new TimelineEntry(ASKED.plusSeconds(4000), RequestState.NEEDS_INFO, RequestState.IN_VERIFICATION, null));
        BeneficiaryRequestView request = request(timeline, List.of(front, back, report, newCopy));

        assertThat(RequestPanels.replacedBy(request, front)).contains(newCopy);
        assertThat(RequestPanels.replacedBy(request, back)).contains(newCopy);
        assertThat(RequestPanels.replacedBy(request, newCopy)).isEmpty();
        assertThat(RequestPanels.replacedBy(request, report)).as("no newer report").isEmpty();
    }

    @Test
    void filesOfAKindSentTogetherWithNoRequestForInformationBetweenThemStandSideBySide() {
        DocumentInfo front = file(1, DocumentType.NATIONAL_ID_COPY, SUBMITTED.minusSeconds(60));
        DocumentInfo back = file(2, DocumentType.NATIONAL_ID_COPY, SUBMITTED.minusSeconds(30));
        BeneficiaryRequestView request = request(List.of(
                new TimelineEntry(SUBMITTED, RequestState.DRAFT, RequestState.SUBMITTED, null)), List.of(front, back));

        assertThat(RequestPanels.replacedBy(request, front)).isEmpty();
        assertThat(RequestPanels.replacedBy(request, back)).isEmpty();
    }
}
