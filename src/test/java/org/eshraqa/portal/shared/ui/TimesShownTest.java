package org.eshraqa.portal.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.NewQuestion;
import org.eshraqa.portal.inquiries.ui.InquiryView;
import org.eshraqa.portal.requests.Samples;
import org.eshraqa.portal.requests.SupportRequests;
import org.eshraqa.portal.requests.ui.RequestDetailView;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * One moment, 02:37 UTC (05:37 in Riyadh), written as the time of a request's message, its
 * timeline entries and a question's message: every place reads it alike, in Riyadh time, with the
 * Hijri date.
 */
class TimesShownTest extends PortalBrowserlessTest {

    private static final Instant MOMENT = Instant.parse("2026-11-25T02:37:00Z");

    @Autowired JdbcTemplate jdbc;
    @Autowired SupportRequests requests;
    @Autowired Inquiries inquiries;

    @Test
    @WithUserDetails(BENEFICIARY)
    void oneInstantReadsTheSameInEveryPlaceATimeIsShown() {
        long requestId = Samples.submittedRequest(requests, "FAMILY_COUNSELLING", "نورة عبدالله القحطاني");
        requests.postMessage(requestId, "متى الجلسة؟");
        long inquiryId = inquiries.ask(new NewQuestion("موعد", "متى يصدر القرار؟", null));
        Timestamp moment = Timestamp.from(MOMENT);
        jdbc.update("update support_request_message set created_at = ? where request_id = ?", moment, requestId);
        jdbc.update("update support_request_audit set occurred_at = ? where request_id = ?", moment, requestId);
        jdbc.update("update inquiry_message set created_at = ? where inquiry_id = ?", moment, inquiryId);

        String expected = PortalDates.dateTime(MOMENT, Locale.forLanguageTag("ar"));
        assertThat(expected).contains("5:37").contains("هـ").doesNotContain("2:37");

        navigate("requests/" + requestId, RequestDetailView.class);
        assertThat($(OrderedList.class).withId("timeline").single().getElement().getTextRecursively())
                .contains(expected).doesNotContain("2:37");
        assertThat(shown($(MessageList.class).withId("message-list").single())).contains(expected);

        navigate("inquiries/" + inquiryId, InquiryView.class);
        assertThat(shown($(MessageList.class).withId("inquiry-messages").single())).contains(expected);
    }

    /** What a message list shows of each message's time: nothing left to the browser to format. */
    private static String shown(MessageList list) {
        assertThat(list.getItems()).isNotEmpty().allSatisfy(item -> assertThat(item.getTime()).isNull());
        return String.join("\n", list.getItems().stream().map(MessageListItem::getUserName).toList());
    }
}
