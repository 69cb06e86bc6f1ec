package org.eshraqa.portal.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.virtuallist.VirtualList;
import java.util.Optional;
import org.eshraqa.portal.identity.Accounts;
import org.eshraqa.portal.identity.Registration;
import org.eshraqa.portal.notifications.InAppNotification;
import org.eshraqa.portal.notifications.Notifications;
import org.eshraqa.portal.requests.RequestState;
import org.eshraqa.portal.requests.SupportRequestStateChanged;
import org.eshraqa.testsupport.Eventually;
import org.eshraqa.testsupport.PortalBrowserlessTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The bell and the notifications page, in Arabic and in English. Each test signs in as a person
 * registered for it, so notifications other tests create never show up here.
 */
class NotificationsViewTest extends PortalBrowserlessTest {

    @Autowired Accounts accounts;
    @Autowired UserDetailsService users;
    @Autowired Notifications notifications;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Registers a beneficiary who speaks {@code language}, signs in as them and returns the id. */
    private long signInAsNewBeneficiary(String language) {
        String email = "inbox." + System.nanoTime() + "@example.org";
        long id = accounts.register(new Registration("سارة محمد العتيبي", email, "0551234567",
                "a-good-password-1", true, language));
        var user = users.loadUserByUsername(email);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        // Signing in reloads the page in a browser; here the UI is started afresh for the person.
        cleanVaadinEnvironment();
        initVaadinEnvironment();
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo(language);
        return id;
    }

    /** A change to a request, published as the requests module does, and its notice awaited. */
    private void changed(long accountId, long requestId, RequestState to, String note) throws InterruptedException {
        String reference = "ESH-2026-" + requestId;
        transactions.executeWithoutResult(tx -> events.publishEvent(new SupportRequestStateChanged(requestId,
                reference, accountId, RequestState.SUBMITTED, to, note, 2)));
        Eventually.until(() -> jdbc.queryForObject("select count(*) from notification where recipient_account_id = ? "
                + "and title like ?", Integer.class, accountId, "%" + reference + "%") == 1);
    }

    private Anchor bell() {
        return $(Anchor.class).withId("notification-bell").single();
    }

    /** The number on the bell; empty when it is hidden (nothing unread). */
    private Optional<String> bellCount() {
        return $(Span.class).withId("notification-count").all().stream().findFirst().map(Span::getText);
    }

    @SuppressWarnings("unchecked")
    private VirtualList<InAppNotification> list() {
        return $(VirtualList.class).withId("notifications-list").single();
    }

    private Div item(int index) {
        return (Div) test(list()).getItemComponent(index);
    }

    /**
     * Clicks an item as the browser would. The list renders its items when the browser asks for
     * them, so the tester hands out unattached copies, which its click() refuses.
     */
    private void open(int index) {
        Div card = item(index);
        ComponentUtil.fireEvent(card, new ClickEvent<>(card));
    }

    private boolean shownUnread(int index) {
        return !$(Span.class, item(index)).withClassName("portal-notification-unread").all().isEmpty();
    }

    @Test
    void aVisitorHasNoBell() {
        navigate(org.eshraqa.portal.requests.ui.ServicesView.class);
        assertThat($(Anchor.class).withId("notification-bell").all()).isEmpty();
    }

    @Test
    void inArabicAnEmptyInboxSaysSoAndANewNoticeIsCountedOpenedAndRead() throws Exception {
        long me = signInAsNewBeneficiary("ar");
        navigate(NotificationsView.class);
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("الإشعارات: 0 غير مقروءة");
        assertThat(bellCount()).isEmpty();
        assertThat($(Paragraph.class).withId("notifications-empty").single().getText())
                .isEqualTo("لا توجد إشعارات بعد. سنخبرك هنا بكل تغيير على طلباتك.");
        assertThat($(VirtualList.class).all()).isEmpty();
        assertThat($(Button.class).withId("mark-all-read").all()).isEmpty();

        changed(me, 990_101L, RequestState.NEEDS_INFO, "أرفق صورة الهوية الوطنية");
        navigate(org.eshraqa.portal.requests.ui.ServicesView.class);
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("الإشعارات: 1 غير مقروءة");
        assertThat(bellCount()).contains("1");

        test(bell()).click();
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("notifications");
        assertThat(test(list()).size()).isEqualTo(1);
        InAppNotification notice = test(list()).getItem(0);
        assertThat(notice.title()).isEqualTo("طلبك ESH-2026-990101: بانتظار معلومات منك");
        assertThat(notice.body()).isEqualTo("أرفق صورة الهوية الوطنية");
        assertThat(shownUnread(0)).isTrue();
        assertThat($(Span.class, item(0)).withText("غير مقروء").all()).hasSize(1);

        // Opening it marks it read and goes to the request; the bell follows at once.
        open(0);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("requests/990101");
        assertThat(notifications.unreadCount()).isZero();
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("الإشعارات: 0 غير مقروءة");
        assertThat(bellCount()).isEmpty();

        navigate(NotificationsView.class);
        assertThat(shownUnread(0)).isFalse();
        assertThat(test(list()).getItem(0).read()).isTrue();
    }

    @Test
    void inEnglishTheListIsNewestFirstAndMarkAllReadClearsTheCount() throws Exception {
        long me = signInAsNewBeneficiary("en");
        navigate(NotificationsView.class);
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications: 0 unread");
        assertThat($(Paragraph.class).withId("notifications-empty").single().getText())
                .isEqualTo("No notifications yet. We will tell you here about every change to your requests.");

        changed(me, 990_201L, RequestState.IN_VERIFICATION, null);
        changed(me, 990_202L, RequestState.IN_RESEARCH, null);
        changed(me, 990_203L, RequestState.ACCEPTED, null);
        navigate(org.eshraqa.portal.requests.ui.ServicesView.class);
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications: 3 unread");
        assertThat(bellCount()).contains("3");

        navigate(NotificationsView.class);
        assertThat(test(list()).size()).isEqualTo(3);
        assertThat(test(list()).getItem(0).title()).isEqualTo("Your request ESH-2026-990203: Accepted");
        assertThat(test(list()).getItem(1).title()).isEqualTo("Your request ESH-2026-990202: With the social researcher");
        assertThat(test(list()).getItem(2).title()).isEqualTo("Your request ESH-2026-990201: Data being verified");
        // Without a note from staff, the body says what happens next.
        assertThat(test(list()).getItem(0).body())
                .isEqualTo("Your request was accepted. A beneficiary relations officer will complete your registration.");
        assertThat(shownUnread(0)).isTrue();
        assertThat(shownUnread(2)).isTrue();

        open(1);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("requests/990202");
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications: 2 unread");
        navigate(NotificationsView.class);
        assertThat(shownUnread(0)).isTrue();
        assertThat(shownUnread(1)).isFalse();
        assertThat(shownUnread(2)).isTrue();

        Button markAll = $(Button.class).withId("mark-all-read").single();
        assertThat(markAll.getText()).isEqualTo("Mark all as read");
        test(markAll).click();
        assertThat(notifications.unreadCount()).isZero();

        navigate(org.eshraqa.portal.requests.ui.ServicesView.class);
        assertThat(bell().getElement().getAttribute("aria-label")).isEqualTo("Notifications: 0 unread");
        assertThat(bellCount()).isEmpty();
        navigate(NotificationsView.class);
        assertThat(shownUnread(0)).isFalse();
        assertThat(shownUnread(1)).isFalse();
        assertThat(shownUnread(2)).isFalse();
    }
}
