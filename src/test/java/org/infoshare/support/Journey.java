package org.infoshare.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

/**
 * One test's browser sessions, and every document their pages load. A journey must scan each document it
 * loads for accessibility before it moves on; the pages it loaded without scanning are listed at the end.
 */
final class Journey {

    /** {@code all}: also keep a screenshot of every page scanned, to review the layout. */
    static final String SCREENSHOTS_VARIABLE = "INFOSHARE_SCREENSHOTS";
    static final Path SCREENSHOTS = Path.of("target", "browser-journeys");
    /**
     * GOV.UK Frontend's typeface and crown images, which its WebJar carries but which are for GOV.UK services
     * alone: no page of ours may ask for them.
     */
    static final Pattern GOVUK_BRAND = Pattern.compile("/assets/(fonts/|(rebrand/)?images/(favicon|govuk-crest|govuk-icon|govuk-logotype|govuk-opengraph|govuk-crown))");

    private final Chromium chromium;
    private final String baseUrl;
    private final String testClass;
    private final String testName;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Map<Page, Loads> pages = new LinkedHashMap<>();
    private final List<String> brandAssets = new ArrayList<>();
    private final boolean screenshotEveryPage = "all".equalsIgnoreCase(System.getenv(SCREENSHOTS_VARIABLE));
    private int screenshots;

    /** The documents one page has loaded: the current one, whether it was scanned, and those that were not. */
    private static final class Loads {
        int count;
        String current = "about:blank";
        boolean scanned = true;
        final List<String> unscanned = new ArrayList<>();
    }

    Journey(Chromium chromium, String baseUrl, String testClass, String testName) {
        this.chromium = chromium;
        this.baseUrl = baseUrl;
        this.testClass = testClass;
        this.testName = testName;
    }

    Page newSession() {
        BrowserContext context = chromium.newContext(baseUrl);
        contexts.add(context);
        Accessibility.prepare(context);
        context.onPage(this::watch);
        context.onRequest(request -> {
            if (GOVUK_BRAND.matcher(request.url()).find()) {
                brandAssets.add(request.url() + " (for " + request.frame().url() + ")");
            }
        });
        Page page = context.newPage();
        watch(page);
        return page;
    }

    private void watch(Page page) {
        if (!pages.containsKey(page)) {
            pages.put(page, new Loads());
            page.onLoad(this::loaded);
        }
    }

    private void loaded(Page page) {
        Loads loads = pages.get(page);
        if (!loads.scanned) {
            loads.unscanned.add(loads.current);
        }
        loads.count++;
        loads.current = page.url();
        loads.scanned = "about:blank".equals(loads.current);
    }

    int loads(Page page) {
        Loads loads = pages.get(page);
        if (loads == null) {
            throw new IllegalArgumentException("Not one of this journey's pages: open pages with newSession()");
        }
        return loads.count;
    }

    /** The document now in the page has been checked (or, with a reason, need not be). */
    void covered(Page page) {
        loads(page);
        pages.get(page).scanned = true;
    }

    void scanned(Page page) {
        covered(page);
        if (screenshotEveryPage) {
            String path = java.net.URI.create(page.url()).getPath();
            screenshot(page, String.format("%02d%s", ++screenshots, path.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "id")));
        }
    }

    List<String> unscanned() {
        List<String> unscanned = new ArrayList<>();
        pages.values().forEach(loads -> {
            unscanned.addAll(loads.unscanned);
            if (!loads.scanned) {
                unscanned.add(loads.current);
            }
        });
        return unscanned;
    }

    /**
     * Notes the page's references to GOV.UK's crown images (icons, images): a headless browser never fetches
     * a favicon, so requests alone would not show them.
     */
    @SuppressWarnings("unchecked")
    void checkBranding(Page page) {
        List<String> references = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('link[href], img[src], meta[content]')]
                        .map(element => element.href || element.src || element.content)""");
        references.stream().filter(reference -> GOVUK_BRAND.matcher(reference).find())
                .forEach(reference -> brandAssets.add(reference + " (in " + page.url() + ")"));
    }

    /** Requests for GOV.UK's own typeface or crown images, and pages referring to them. */
    List<String> brandAssets() {
        return List.copyOf(brandAssets);
    }

    Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(testClass).resolve(safe(testName + "-" + name) + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** A picture and the HTML of every open page, for a failed journey. */
    List<Path> recordFailure() {
        List<Path> files = new ArrayList<>();
        int index = 0;
        for (Page page : pages.keySet()) {
            if (page.isClosed()) {
                continue;
            }
            String name = "failure" + (pages.size() > 1 ? "-" + (++index) : "");
            try {
                files.add(screenshot(page, name));
                Path html = SCREENSHOTS.resolve(testClass).resolve(safe(testName + "-" + name) + ".html");
                Files.writeString(html, "<!-- " + page.url() + " -->\n" + page.content(), StandardCharsets.UTF_8);
                files.add(html);
            } catch (RuntimeException | IOException e) {
                System.err.println("Could not record the page at " + page.url() + ": " + e.getMessage());
            }
        }
        return files;
    }

    void close() {
        RuntimeException failure = null;
        for (BrowserContext context : contexts) {
            try {
                context.close();
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        contexts.clear();
        pages.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "-");
    }
}
