package org.eshraqa.portal.identity.ui;

import static org.eshraqa.portal.shared.ui.Panels.card;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.eshraqa.portal.shared.ui.PortalIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.OutputStream;
import java.time.LocalDate;
import org.eshraqa.portal.identity.ErasureChangedMeanwhile;
import org.eshraqa.portal.identity.ErasureOutcome;
import org.eshraqa.portal.identity.ErasureState;
import org.eshraqa.portal.identity.ErasureView;
import org.eshraqa.portal.identity.MyData;
import org.eshraqa.portal.identity.OptionalUse;
import org.eshraqa.portal.identity.MessagingChannel;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import org.eshraqa.portal.identity.PasswordChanges;
import org.eshraqa.portal.identity.PersonalDataRights;
import org.eshraqa.portal.shared.PortalDates;
import org.eshraqa.portal.shared.ui.DestructiveConfirm;
import org.eshraqa.portal.shared.ui.Panels;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * "My data and privacy": what the person agreed to and the optional uses they may stop, a copy
 * of everything held about them, who opened their file, and erasing their account.
 */
@Route("my-data")
@PermitAll
@Menu(order = 80, title = "nav.myData", icon = "vaadin:shield")
public class MyDataView extends Div implements HasDynamicTitle {

    private final PersonalDataRights rights;
    private final transient PasswordChanges passwords;
    private final Div content = new Div();

    public MyDataView(PersonalDataRights rights, PasswordChanges passwords) {
        this.rights = rights;
        this.passwords = passwords;
        addClassNames("portal-page", "portal-narrow");
        setId("my-data-view");
        add(new H1(getTranslation("myData.title")), new Paragraph(getTranslation("myData.lead")), content);
        render();
    }

    private void render() {
        content.removeAll();
        MyData data = rights.mine();
        content.add(consent(data), optionalUses(data), download(), access());
        if (passwords.available()) {
            content.add(password());
        }
        content.add(erasure(data));
    }

    private com.vaadin.flow.component.Component consent(MyData data) {
        Paragraph agreed = new Paragraph(data.consentVersion() == null
                ? getTranslation("myData.consent.none")
                : getTranslation("myData.consent.agreed", data.consentVersion(),
                PortalDates.both(LocalDate.ofInstant(data.consentedAt(), PortalDates.zone()), getLocale())));
        agreed.setId("consent-agreed");
        Anchor notice = new Anchor("privacy", getTranslation("myData.consent.read"));
        notice.setRouterIgnore(true);
        notice.setId("privacy-notice-link");
        var card = card("consent-card", "myData.consent.title", agreed, new Paragraph(notice));
        if (!data.agreedToCurrent()) {
            Paragraph newer = new Paragraph(getTranslation("myData.consent.newer", data.currentVersion()));
            newer.addClassName("portal-hint");
            Button agree = new Button(getTranslation("myData.consent.agree"), e -> {
                rights.agreeToCurrentNotice();
                Panels.show("myData.consent.saved", NotificationVariant.LUMO_SUCCESS);
                render();
            });
            agree.setId("agree-current");
            agree.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(newer, agree);
        }
        return card;
    }

    private com.vaadin.flow.component.Component optionalUses(MyData data) {
        var card = card("optional-uses-card", "myData.optional.title",
                new Paragraph(getTranslation("myData.optional.lead")));
        for (OptionalUse use : OptionalUse.values()) {
            Checkbox box = new Checkbox(getTranslation("myData.optional." + use.name()), data.optionalUses().get(use));
            box.setId("optional-" + use.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            box.setHelperText(getTranslation("myData.optional." + use.name() + ".help"));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    rights.allow(use, e.getValue());
                    Panels.show(e.getValue() ? "myData.optional.allowed" : "myData.optional.stopped",
                            NotificationVariant.LUMO_SUCCESS);
                }
            });
            card.add(new Div(box));
            if (use == OptionalUse.SMS_UPDATES) {
                card.add(channelChoice(box));
            }
        }
        return card;
    }

    /**
     * Text message or WhatsApp for case messages, under the box that allows them at all; choosing
     * WhatsApp is the person's consent to it and lifts an earlier "STOP" on that channel.
     */
    private com.vaadin.flow.component.Component channelChoice(Checkbox allowed) {
        RadioButtonGroup<MessagingChannel> channel = new RadioButtonGroup<>(getTranslation("myData.channel.label"));
        channel.setId("messaging-channel");
        channel.setItems(MessagingChannel.SMS, MessagingChannel.WHATSAPP);
        channel.setItemLabelGenerator(c -> getTranslation("myData.channel." + c.name()));
        channel.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        channel.setHelperText(getTranslation("myData.channel.help"));
        MessagingChannel current = rights.myMessagingChannel();
        channel.setValue(current == MessagingChannel.NONE ? MessagingChannel.SMS : current);
        channel.setEnabled(allowed.getValue());
        allowed.addValueChangeListener(e -> channel.setEnabled(e.getValue()));
        channel.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                rights.chooseMessagingChannel(e.getValue());
                Panels.show("myData.channel.saved." + e.getValue().name(), NotificationVariant.LUMO_SUCCESS);
            }
        });
        Div box = new Div(channel);
        box.getStyle().set("margin-inline-start", "var(--lumo-space-l)");
        return box;
    }

    private com.vaadin.flow.component.Component download() {
        Anchor link = new Anchor(archive(rights), "");
        link.getElement().setAttribute("download", true);
        link.setId("download-my-data");
        Button button = new Button(getTranslation("myData.download.button"), PortalIcon.DOWNLOAD.create());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.setTabIndex(-1);
        link.add(button);
        return card("download-card", "myData.download.title",
                new Paragraph(getTranslation("myData.download.lead")), link);
    }

    /** The ZIP is written straight to the response, as it is read: nothing is kept in memory or on disk. */
    static DownloadHandler archive(PersonalDataRights rights) {
        return event -> {
            event.setFileName("eshraqa-my-data-" + LocalDate.now(PortalDates.zone()) + ".zip");
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                rights.writeMyArchive(out);
            }
        };
    }

    private com.vaadin.flow.component.Component access() {
        Anchor link = new Anchor("my-file/access", getTranslation("myData.access.link"));
        link.setId("my-file-access-link");
        return card("access-card", "myData.access.title", new Paragraph(getTranslation("myData.access.lead")),
                new Paragraph(link));
    }

    /** The way to change one's password; the account's other sessions end when it is done. */
    private com.vaadin.flow.component.Component password() {
        Anchor link = new Anchor(ChangePasswordView.ROUTE, getTranslation("myData.password.link"));
        link.setId("change-password-link");
        return card("password-card", "myData.password.title", new Paragraph(getTranslation("myData.password.lead")),
                new Paragraph(link));
    }

    private com.vaadin.flow.component.Component erasure(MyData data) {
        var card = card("erasure-card", "myData.erase.title", new Paragraph(getTranslation("myData.erase.lead",
                rights.retention().getYears())));
        ErasureView latest = data.erasure().orElse(null);
        if (latest != null && latest.state() == ErasureState.PENDING) {
            Paragraph pending = new Paragraph(getTranslation("myData.erase.pending",
                    PortalDates.both(LocalDate.ofInstant(latest.requestedAt(), PortalDates.zone()), getLocale())));
            pending.setId("erasure-pending");
            pending.getElement().setAttribute("role", "status");
            UnorderedList reasons = new UnorderedList();
            reasons.setId("erasure-reasons");
            latest.reasons().forEach(r -> reasons.add(new ListItem(getTranslation(r))));
            Button cancel = new Button(getTranslation("myData.erase.cancel"), e -> {
                try {
                    rights.cancelErasure();
                    Panels.show("myData.erase.cancelled", NotificationVariant.LUMO_SUCCESS);
                } catch (ErasureChangedMeanwhile changed) {
                    Panels.show("myData.erase.changed", NotificationVariant.LUMO_WARNING);
                }
                render();
            });
            cancel.setId("cancel-erasure");
            card.add(pending, reasons, cancel);
            return card;
        }
        if (latest != null && latest.state() == ErasureState.REFUSED) {
            Paragraph refused = new Paragraph(getTranslation("myData.erase.refused",
                    PortalDates.both(LocalDate.ofInstant(latest.decidedAt(), PortalDates.zone()), getLocale()),
                    latest.refusalReason()));
            refused.setId("erasure-refused");
            card.add(refused);
        }
        Button erase = new Button(getTranslation("myData.erase.button"), PortalIcon.TRASH.create(),
                e -> confirmErasure());
        erase.setId("erase-account");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        card.add(erase);
        return card;
    }

    private void confirmErasure() {
        DestructiveConfirm.open("erase-confirm", getTranslation("myData.erase.confirm.title"),
                getTranslation("myData.erase.confirm.text"), getTranslation("myData.erase.confirm.button"), () -> {
                    if (rights.requestErasure() == ErasureOutcome.ERASED) {
                        signOut();
                    } else {
                        Panels.show("myData.erase.sent", NotificationVariant.LUMO_CONTRAST);
                        render();
                    }
                });
    }

    /** The account is gone: the session ends here and the browser lands on the sign-in page. */
    private void signOut() {
        getUI().ifPresent(ui -> ui.getPage().setLocation("login?erased"));
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request != null) {
            new SecurityContextLogoutHandler().logout(request.getHttpServletRequest(), null, null);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("myData.title");
    }
}
