package org.eshraqa.portal.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eshraqa.portal.shared.PortalPrincipal;

/**
 * The frame of every page: the association's name, the language switch, who is signed in, and a
 * navigation that lists only the views the person's roles may open (views declare themselves with
 * {@code @Menu}; Vaadin filters the entries by the same access rules that guard navigation).
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;
    private final transient MenuEntries menu;

    public MainLayout(AuthenticationContext authentication, UiLanguage language,
                      List<NavbarContribution> contributions, MenuEntries menu) {
        this.authentication = authentication;
        this.menu = menu;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), pageHeader(), userBox(language, contributions));
        addToDrawer(brand(), navigation(), footer());
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        // The app layout gives the view no landmark: as "main", screen readers can jump straight to it.
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    private Component pageHeader() {
        // The full name where there is room, the short name on a phone.
        Span full = new Span(getTranslation("app.name"));
        full.addClassName("portal-full-name");
        Span shortName = new Span(getTranslation("app.short"));
        shortName.addClassName("portal-short-name");
        shortName.getElement().setAttribute("aria-hidden", "true");
        Span title = new Span(full, shortName);
        title.addClassName("portal-navbar-title");
        return title;
    }

    private Component brand() {
        Image logo = new Image("images/logo.svg", "");
        logo.addClassName("portal-logo");
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("portal-brand-name");
        Header header = new Header(logo, name);
        header.addClassName("portal-brand");
        return header;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        List<MenuEntry> entries = new ArrayList<>(menu.current());
        entries.addAll(PUBLIC_PAGES);
        entries.sort(Comparator.comparing(e -> e.order() == null ? Double.MAX_VALUE : e.order()));
        for (MenuEntry entry : entries) {
            SideNavItem item = new SideNavItem(null, entry.path());
            // The item's own label is cut with "…" on one line ("Satisfaction and servic…"); a
            // label of its own wraps instead (portal.css).
            Span label = new Span(getTranslation(entry.title()));
            label.addClassName("portal-nav-label");
            item.getElement().appendChild(label.getElement());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(PortalIcon.symbol(entry.icon().substring("vaadin:".length())));
            }
            // Served as plain HTML outside Flow: the browser loads them, the Flow router must not.
            item.setRouterIgnore(PUBLIC_PAGES.contains(entry));
            nav.addItem(item);
        }
        return nav;
    }

    /**
     * The public pages (Spring MVC and Thymeleaf, not Flow views), listed in the app's navigation
     * among the views at the places their Flow views had.
     */
    static final List<MenuEntry> PUBLIC_PAGES = List.of(
            new MenuEntry("/", "nav.home", 0.0, "vaadin:home", null),
            new MenuEntry("/about", "nav.about", 5.0, "vaadin:info-circle", null),
            new MenuEntry("/faq", "nav.faq", 12.0, "vaadin:question-circle", null),
            new MenuEntry("/guides", "nav.guides", 14.0, "vaadin:open-book", null),
            new MenuEntry("/contact", "nav.contact", 16.0, "vaadin:phone-landline", null),
            new MenuEntry("/you-said-we-did", "nav.youSaidWeDid", 17.0, "vaadin:comments-o", null));

    private Component userBox(UiLanguage language, List<NavbarContribution> contributions) {
        HorizontalLayout box = new HorizontalLayout();
        box.addClassName("portal-userbox");
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        box.setSpacing(false);
        contributions.forEach(contribution -> contribution.create().ifPresent(box::add));
        box.add(new LanguageSwitch(language));
        authentication.getAuthenticatedUser(Object.class).ifPresentOrElse(principal -> {
            String name = principal instanceof PortalPrincipal p ? p.displayName() : "";
            Span user = new Span(PortalIcon.USER.create(), new Span(name));
            user.addClassName("portal-username");
            Button signOut = new Button(getTranslation("nav.signOut"), PortalIcon.SIGN_OUT.create(),
                    e -> authentication.logout());
            signOut.setId("sign-out");
            signOut.setAriaLabel(getTranslation("nav.signOut"));
            signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(user, signOut);
        }, () -> {
            Anchor signIn = new Anchor("login", getTranslation("nav.signIn"));
            signIn.setRouterIgnore(true);
            signIn.setId("sign-in-link");
            signIn.addClassName("portal-signin");
            box.add(signIn);
        });
        return box;
    }

    private Component footer() {
        Anchor privacy = new Anchor("privacy", getTranslation("nav.privacy"));
        privacy.setRouterIgnore(true);
        Footer footer = new Footer(privacy);
        footer.addClassName("portal-drawer-footer");
        return footer;
    }
}
