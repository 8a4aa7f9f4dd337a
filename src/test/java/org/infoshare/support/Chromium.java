package org.infoshare.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * Debian's {@code chromium}, headless, driven by Playwright: one per JVM, shared by every browser journey.
 * Playwright's own browser download is never used; its Node driver comes from its Maven artifacts and talks
 * to the browser over a pipe, so nothing here needs the network.
 */
final class Chromium implements AutoCloseable {

    /** Where the browser is, if not {@value #DEFAULT_EXECUTABLE}. */
    static final String EXECUTABLE_VARIABLE = "INFOSHARE_CHROMIUM";
    /** {@code required}: a missing browser fails the build instead of skipping the journeys (CI sets it). */
    static final String REQUIRED_VARIABLE = "INFOSHARE_BROWSER_TESTS";
    static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";

    /**
     * Headless and quiet: without the background-networking switches Chromium keeps calling Google's
     * services, which a closed network refuses (slowly).
     */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
            "--mute-audio", "--password-store=basic");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static Path executable() {
        String configured = System.getenv(EXECUTABLE_VARIABLE);
        return Path.of(configured == null || configured.isBlank() ? DEFAULT_EXECUTABLE : configured);
    }

    static boolean available() {
        return Files.isExecutable(executable());
    }

    static boolean required() {
        return "required".equalsIgnoreCase(System.getenv(REQUIRED_VARIABLE));
    }

    static Chromium launch() {
        // The build machine may be busy: wait a little longer than Playwright's five seconds for a page to settle.
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable())
                    .setHeadless(true)
                    .setArgs(FLAGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw new IllegalStateException("Cannot start " + executable() + " headless: " + e.getMessage(), e);
        }
    }

    boolean connected() {
        return browser.isConnected();
    }

    String version() {
        return browser.version();
    }

    /** A session of its own: no cookies shared with any other context. */
    BrowserContext newContext(String baseUrl) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London")
                .setViewportSize(1280, 900));
        context.setDefaultTimeout(10_000);
        context.setDefaultNavigationTimeout(20_000);
        return context;
    }

    @Override
    public void close() {
        try {
            browser.close();
        } finally {
            playwright.close();
        }
    }
}
