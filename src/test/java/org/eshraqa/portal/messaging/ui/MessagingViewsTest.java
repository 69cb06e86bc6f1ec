package org.eshraqa.portal.messaging.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.ThreadLocalRandom;
import org.eshraqa.portal.identity.MessagingChannel;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.identity.Role;
import org.eshraqa.portal.identity.ui.MyDataView;
import org.eshraqa.portal.inquiries.ContactRow;
import org.eshraqa.portal.inquiries.Contacts;
import org.eshraqa.portal.inquiries.Inquiries;
import org.eshraqa.portal.inquiries.ui.ContactLogView;
import org.eshraqa.portal.shared.Channel;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The messaging parts of the pages, driven as each role does: a beneficiary chooses WhatsApp on
 * my-data; an officer links a WhatsApp message from an unknown number to the person, which opens
 * a question in their account, and reads the latest messages under the contact log.
 */
class MessagingViewsTest extends PortalBrowserlessTest {

    @Autowired Contacts contacts;
    @Autowired Inquiries inquiries;
    @Autowired PersonalDataRights rights;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aBeneficiaryChoosesWhatsAppAndBackOnMyData() {
        String email = newAccount("سلمى ناصر", Role.BENEFICIARY);
        signInAs(email);
        navigate(MyDataView.class);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MessagingChannel> channel = $(RadioButtonGroup.class).withId("messaging-channel").single();
        assertThat(channel.getValue()).isEqualTo(MessagingChannel.SMS);
        test(channel).selectItem("واتساب");
        assertThat(rights.messagingChannel(accountId(email))).isEqualTo(MessagingChannel.WHATSAPP);
        // Stopping messages on the mobile disables the choice and stops WhatsApp too.
        test($(Checkbox.class).withId("optional-sms-updates").single()).click();
        assertThat(channel.isEnabled()).isFalse();
        assertThat(rights.messagingChannel(accountId(email))).isEqualTo(MessagingChannel.NONE);
        test($(Checkbox.class).withId("optional-sms-updates").single()).click();
        assertThat(rights.messagingChannel(accountId(email))).isEqualTo(MessagingChannel.WHATSAPP);
        test(channel).selectItem("رسالة نصية (SMS)");
        assertThat(rights.messagingChannel(accountId(email))).isEqualTo(MessagingChannel.SMS);
    }

    @Test
    @WithUserDetails(OFFICER)
    void anOfficerLinksAMessageFromAnUnknownNumberToThePerson() {
        String mobile = "+9665" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        long contactId = contacts.receivedFromUnknownNumber(Channel.SOCIAL_MEDIA, "أم فهد", mobile,
                "واتساب: متى موعد الجلسة؟", "متى موعد الجلسة القادمة لابني؟", "واتساب");
        String person = newAccount("فهد سالم", Role.BENEFICIARY);

        navigate(ContactLogView.class);
        assertThat($(Section.class).withId("case-messages").exists()).isTrue();
        @SuppressWarnings("unchecked")
        Grid<ContactRow> grid = $(Grid.class).withId("contacts-grid").single();
        var rows = grid.getGenericDataView().getItems().toList();
        int index = rows.indexOf(rows.stream().filter(r -> r.id() == contactId).findFirst().orElseThrow());
        assertThat(rows.get(index).hasAccount()).isFalse();
        assertThat(rows.get(index).loggedBy()).isEqualTo("واتساب");
        Div followUp = (Div) test(grid).getCellComponent(index, 5);
        test((Button) followUp.getComponentAt(2)).click();
        test($(TextField.class).withId("link-account").single()).setValue("nobody@example.org");
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(contacts.followUpsDue(0, 500).stream().filter(r -> r.id() == contactId).findFirst().orElseThrow()
                .hasAccount()).isFalse();

        rows = grid.getGenericDataView().getItems().toList();
        index = rows.indexOf(rows.stream().filter(r -> r.id() == contactId).findFirst().orElseThrow());
        followUp = (Div) test(grid).getCellComponent(index, 5);
        test((Button) followUp.getComponentAt(2)).click();
        test($(TextField.class).withId("link-account").single()).setValue(person);
        test($(ConfirmDialog.class).single()).confirm();

        ContactRow linked = contacts.followUpsDue(0, 500).stream().filter(r -> r.id() == contactId).findFirst()
                .orElseThrow();
        assertThat(linked.hasAccount()).isTrue();
        assertThat(linked.inquiryId()).isNotNull();
        signInAs(person);
        assertThat(inquiries.findMine(linked.inquiryId())).get().satisfies(q -> {
            assertThat(q.channel()).isEqualTo(Channel.SOCIAL_MEDIA);
            assertThat(q.messages().getFirst().body()).isEqualTo("متى موعد الجلسة القادمة لابني؟");
        });
    }

    @Test
    @WithUserDetails(OFFICER)
    void aFailedMessageSaysWhatTheProviderAnswered() {
        String mobile = "+9665" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        jdbc.update("""
                insert into outbound_message (channel, purpose, dedupe_key, mobile, language, status, attempts,
                    next_attempt_at, last_error, created_at, status_at)
                values ('WHATSAPP', 'CASE_UPDATE', ?, ?, 'ar', 'FAILED', 1, utc_timestamp(6),
                    '131026: Message Undeliverable', utc_timestamp(6), utc_timestamp(6))""",
                "test-failed-view:" + mobile, mobile);

        navigate(ContactLogView.class);
        NativeTableRow failed = $(NativeTableRow.class).all().stream()
                .filter(r -> "FAILED".equals(r.getElement().getAttribute("data-status"))
                        && r.getElement().getTextRecursively().contains(mobile.substring(mobile.length() - 4)))
                .findFirst().orElseThrow();
        assertThat(failed.getElement().getTextRecursively()).contains("ردّ المزوّد: 131026: Message Undeliverable");
    }
}
