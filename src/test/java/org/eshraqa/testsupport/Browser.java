package org.eshraqa.testsupport;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Real headless Chromium for end-to-end tests: Debian's {@code /usr/bin/chromium} (or the one in
 * {@code PORTAL_CHROMIUM}), never a browser Playwright would download. Fails loudly when no
 * browser is installed instead of letting a test pass without running.
 */
public final class Browser implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    public Browser() {
        Path executable = Paths.get(System.getenv().getOrDefault("PORTAL_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable + ". Install Debian's chromium package "
                    + "(apt-get install chromium) or point PORTAL_CHROMIUM at a Chromium binary.");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(java.util.Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // Playwright gives each launch a fresh, empty profile directory of its own.
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(FLAGS));
    }

    /**
     * A fresh browser profile (no cookies) with the given viewport width, set up like a person's
     * browser in Saudi Arabia: message lists format times in the browser's zone, the rest of the
     * portal in Riyadh's.
     */
    public Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, height)
                .setLocale("ar-SA").setTimezoneId("Asia/Riyadh"));
        context.setDefaultTimeout(20_000);
        return context.newPage();
    }

    /** Waits until Vaadin has rendered the view and has no request in flight (or a plain page has loaded). */
    public static void settle(Page page) {
        // A server-rendered public page (its frame has the site header) is ready once loaded.
        page.waitForFunction("() => document.querySelector('header.site-header')"
                + " ? document.readyState === 'complete'"
                + " : window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())");
        // A notification or dialog still fading in has no final colours yet; axe would measure it
        // half-drawn. Endless animations (a spinner) are left out.
        page.waitForFunction("() => document.getAnimations().every(a => a.playState !== 'running'"
                + " || a.effect?.getTiming().iterations === Infinity)");
    }

    /** Types into the Vaadin field with this id and leaves it, so its value reaches the server. */
    public static void type(Page page, String id, String value) {
        page.fill("#" + id + " input", value);
        page.press("#" + id + " input", "Tab");
        settle(page);
    }

    /**
     * Picks the item with this label in the combo box with this id, typing the label first as a
     * person would in a long list (the box renders only the items in view).
     */
    public static void pick(Page page, String id, String label) {
        page.click("#" + id + " input");
        page.fill("#" + id + " input", label);
        page.waitForSelector("vaadin-combo-box-item:visible:has-text('" + label + "')");
        // The item whose whole text is the label, if there is one ("الخدمة", not "نوع الخدمة").
        var exact = page.locator("vaadin-combo-box-item:visible:text-is('" + label + "')");
        (exact.count() > 0 ? exact.first() : page.locator("vaadin-combo-box-item:visible:has-text('" + label + "')")
                .first()).click();
        settle(page);
    }

    /**
     * Whether the grid with this selector shows a row with this text, scrolling it as a person
     * would: a queue sorted oldest first puts a new row last, beyond the rows the grid renders.
     */
    public static boolean gridShows(Page page, String selector, String text) {
        settle(page);
        if (page.textContent(selector).contains(text)) {
            return true;
        }
        page.evaluate("s => document.querySelector(s).scrollToEnd()", selector);
        settle(page);
        try {
            page.waitForFunction("([s, t]) => document.querySelector(s).textContent.includes(t)",
                    List.of(selector, text), new Page.WaitForFunctionOptions().setTimeout(5_000));
            return true;
        } catch (com.microsoft.playwright.TimeoutError notThere) {
            return false;
        }
    }

    /** Clicks and waits for the server's answer. */
    public static void click(Page page, String selector) {
        page.click(selector);
        settle(page);
    }

    /**
     * Clicks the language switch and waits for the reload it causes: the page is new (a marker set
     * before is gone) and has the expected direction, so nothing races the reload.
     */
    public static void switchLanguage(Page page, String expectedDir) {
        page.evaluate("() => window.portalBeforeSwitch = true");
        page.click("#language-switch");
        page.waitForFunction("dir => !window.portalBeforeSwitch && document.documentElement.dir === dir",
                expectedDir);
        settle(page);
    }

    /**
     * Settles, photographs the page into target/screenshots and adds its serious accessibility
     * problems, each prefixed with the screenshot's name, to {@code problems}.
     */
    public static void look(Page page, String name, List<String> problems) {
        settle(page);
        screenshot(page, name);
        seriousAccessibilityProblems(page).forEach(p -> problems.add(name + ": " + p));
    }

    public static Path screenshot(Page page, String name) {
        Path file = Paths.get("target", "screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** axe-core on the current page: returns the serious and critical violations, one line each. */
    public static List<String> seriousAccessibilityProblems(Page page) {
        var results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        return results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(Browser::describe)
                .collect(Collectors.toList());
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).toList();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
