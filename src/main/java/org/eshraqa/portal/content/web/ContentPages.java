package org.eshraqa.portal.content.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eshraqa.portal.content.Article;
import org.eshraqa.portal.content.Audience;
import org.eshraqa.portal.content.Content;
import org.eshraqa.portal.content.ContentKind;
import org.eshraqa.portal.content.EntrySummary;
import org.eshraqa.portal.shared.web.PublicPages;
import org.jsoup.Jsoup;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public information as plain HTML, readable by search engines and link previews: the home
 * page, about, contact, the FAQ (P-7.1) with its search, each question at its own address, and the
 * guides (P-9). {@link Content} decides what a reader may read: a staff-only guide asked for by
 * anyone else reads exactly like an address that does not exist. Entry bodies are HTML the content
 * module already sanitised ({@code th:utext} only for those).
 */
@Controller
class ContentPages {

    private final Content content;
    private final PublicPages pages;
    private final MessageSource messages;

    ContentPages(Content content, PublicPages pages, MessageSource messages) {
        this.content = content;
        this.pages = pages;
        this.messages = messages;
    }

    /** A card of the home page: a heading that links somewhere, and what is there. */
    record Card(String id, String href, String title, String text) {
    }

    /** An FAQ entry or guide in a list, with its address. */
    record Item(String href, String title, String kind, boolean staff) {
    }

    // ---------------------------------------------------------------- home

    /** The roles' cards of the signed-in home page, and where each leads in the app. */
    private static final Map<String, String> ROLE_PAGES = Map.of(
            "BENEFICIARY", "/requests",
            "VOLUNTEER", "/volunteer",
            "RELATIONS_OFFICER", "/staff/requests",
            "SOCIAL_RESEARCHER", "/staff/requests",
            "COMMITTEE_MEMBER", "/staff/requests",
            "VOLUNTEER_COORDINATOR", "/staff/volunteers",
            "QUALITY_MANAGER", "/staff/dashboard",
            "ADMIN", "/admin/users");

    /** Mapped by {@link HomePageMapping}, not {@code @GetMapping}: Vaadin's own requests also go to "/". */
    String home(HttpServletRequest request, Model model) {
        Locale locale = pages.locale(request);
        PublicPages.describe(model, text("home.visitor.title", locale), text("home.visitor.lead", locale));
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && !"anonymousUser".equals(authentication.getPrincipal());
        String context = request.getContextPath();
        List<Card> cards = new ArrayList<>();
        if (signedIn) {
            TreeSet<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                    .filter(ROLE_PAGES::containsKey).collect(Collectors.toCollection(TreeSet::new));
            for (String role : roles) {
                cards.add(new Card("home-role-" + role, context + ROLE_PAGES.get(role),
                        text("home.role." + role + ".title", locale), text("home.role." + role + ".text", locale)));
            }
            if (!roles.contains("VOLUNTEER")) {
                // Anyone signed in may apply to volunteer, a beneficiary with the same account.
                cards.add(card("home-volunteer", context + "/volunteer", "home.visitor.card.volunteer", locale));
            }
            PublicPages.noindex(model);
        } else {
            cards.add(card("home-apply", context + "/services", "home.visitor.card.apply", locale));
            cards.add(card("home-track", context + "/requests", "home.visitor.card.track", locale));
            cards.add(card("home-rate", context + "/you-said-we-did", "home.visitor.card.rate", locale));
            cards.add(card("home-volunteer", context + "/volunteer", "home.visitor.card.volunteer", locale));
        }
        model.addAttribute("signedIn", signedIn);
        model.addAttribute("cards", cards);
        return "content/home";
    }

    private Card card(String id, String href, String key, Locale locale) {
        return new Card(id, href, text(key + ".title", locale), text(key + ".text", locale));
    }

    // ---------------------------------------------------------------- pages

    @GetMapping("/about")
    String about(HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale locale = pages.locale(request);
        return content.page("about").map(article -> {
            show(model, article, locale);
            return "content/about";
        }).orElseGet(() -> unavailable(response, model, locale, "content.unavailable.page", "/", "error.backHome"));
    }

    @GetMapping("/contact")
    String contact(HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale locale = pages.locale(request);
        return content.page("contact").map(article -> {
            show(model, article, locale);
            model.addAttribute("sections", Sections.of(article.html(locale)));
            return "content/contact";
        }).orElseGet(() -> unavailable(response, model, locale, "content.unavailable.page", "/", "error.backHome"));
    }

    // ---------------------------------------------------------------- FAQ

    @GetMapping("/faq")
    String faq(@RequestParam(required = false) String q, HttpServletRequest request, Model model) {
        Locale locale = pages.locale(request);
        List<Article> faq = content.faq();
        PublicPages.describe(model, text("content.faq.title", locale), text("content.faq.lead", locale));
        model.addAttribute("q", q == null ? "" : q.strip());
        if (q == null || q.isBlank()) {
            model.addAttribute("questions", faq);
            model.addAttribute("opened", false);
            return "content/faq";
        }
        // A search result is not a page of its own for search engines.
        PublicPages.noindex(model);
        List<EntrySummary> found = content.search(q);
        Map<Long, Article> byId = faq.stream().collect(Collectors.toMap(Article::id, Function.identity()));
        model.addAttribute("questions", found.stream().filter(e -> e.kind() == ContentKind.FAQ)
                .map(e -> byId.get(e.id())).filter(Objects::nonNull).toList());
        model.addAttribute("opened", true);
        model.addAttribute("guides", items(found.stream().filter(e -> e.kind() == ContentKind.GUIDE).toList(),
                request, locale));
        model.addAttribute("status", found.isEmpty()
                ? messages.getMessage("content.search.none", new Object[] {q.strip()}, locale)
                : messages.getMessage("content.search.count", new Object[] {found.size()}, locale));
        return "content/faq";
    }

    @GetMapping("/faq/{slug}")
    String faqEntry(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response,
                    Model model) {
        Locale locale = pages.locale(request);
        return content.faqEntry(slug).map(article -> {
            show(model, article, locale);
            return "content/faq-entry";
        }).orElseGet(() -> unavailable(response, model, locale, "content.unavailable.page", "/faq",
                "content.faq.all"));
    }

    // ---------------------------------------------------------------- guides

    @GetMapping("/guides")
    String guides(@RequestParam(required = false) String q, HttpServletRequest request, Model model) {
        Locale locale = pages.locale(request);
        PublicPages.describe(model, text("content.guides.title", locale), text("content.guides.lead", locale));
        model.addAttribute("q", q == null ? "" : q.strip());
        if (q == null || q.isBlank()) {
            model.addAttribute("guides", items(content.guides(), request, locale));
            return "content/guides";
        }
        PublicPages.noindex(model);
        List<EntrySummary> found = content.search(q);
        model.addAttribute("results", items(found, request, locale));
        model.addAttribute("status", found.isEmpty()
                ? messages.getMessage("content.search.none", new Object[] {q.strip()}, locale)
                : messages.getMessage("content.search.count", new Object[] {found.size()}, locale));
        return "content/guides";
    }

    @GetMapping("/guides/{slug}")
    String guide(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response, Model model) {
        Locale locale = pages.locale(request);
        Optional<Article> guide = content.guide(slug);
        if (guide.isEmpty()) {
            boolean signedIn = SecurityContextHolder.getContext().getAuthentication() != null
                    && !"anonymousUser".equals(SecurityContextHolder.getContext().getAuthentication().getPrincipal());
            model.addAttribute("signInHint", !signedIn);
            return unavailable(response, model, locale, "content.unavailable.guide", "/guides", "content.guides.all");
        }
        Article article = guide.get();
        show(model, article, locale);
        model.addAttribute("staff", article.audience() == Audience.STAFF);
        if (article.audience() == Audience.STAFF) {
            PublicPages.noindex(model);
        }
        return "content/guide";
    }

    // ---------------------------------------------------------------- parts

    private void show(Model model, Article article, Locale locale) {
        model.addAttribute("article", article);
        model.addAttribute("articleTitle", article.title(locale));
        model.addAttribute("html", article.html(locale));
        PublicPages.describe(model, article.title(locale), summary(article.html(locale)));
    }

    /** The first words of a body as plain text, for the meta description and link previews. */
    static String summary(String safeHtml) {
        String text = Jsoup.parseBodyFragment(safeHtml == null ? "" : safeHtml).text().strip();
        if (text.length() <= 160) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 157);
        return text.substring(0, cut > 80 ? cut : 157) + "…";
    }

    private List<Item> items(List<EntrySummary> entries, HttpServletRequest request, Locale locale) {
        return entries.stream().map(e -> new Item(request.getContextPath() + "/" + e.path(), e.title(locale),
                text("content.result." + e.kind().name(), locale), e.audience() == Audience.STAFF)).toList();
    }

    /**
     * What a reader sees instead of an entry that does not exist, is hidden, or is for staff only:
     * the three read alike (and answer 404), so the page never confirms that a staff-only guide exists.
     */
    private String unavailable(HttpServletResponse response, Model model, Locale locale, String textKey,
                               String back, String backKey) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        PublicPages.noindex(model);
        PublicPages.describe(model, text("content.unavailable.title", locale), null);
        model.addAttribute("unavailableText", text(textKey, locale));
        model.addAttribute("back", back);
        model.addAttribute("backText", text(backKey, locale));
        return "content/unavailable";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
