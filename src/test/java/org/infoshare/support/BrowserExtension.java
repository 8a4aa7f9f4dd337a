package org.infoshare.support;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Runs {@link BrowserTest}s: skips them (with a notice) where there is no Chromium unless
 * {@code INFOSHARE_BROWSER_TESTS=required}, starts the JVM's one browser, gives each test fresh sessions,
 * records the pages of a failed test, and fails a test that loaded a page it never scanned.
 */
final class BrowserExtension implements ExecutionCondition, BeforeAllCallback, BeforeEachCallback, AfterEachCallback,
        TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);

    /** Without Chromium the journeys are skipped, and reported as skipped, unless they are required. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Chromium.available() || Chromium.required()) {
            return ConditionEvaluationResult.enabled("Chromium is at " + Chromium.executable() + ", or is required");
        }
        System.err.println("NOTICE: skipping " + context.getDisplayName() + ". " + missing() + '.');
        return ConditionEvaluationResult.disabled(missing());
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Chromium.available()) {
            throw new IllegalStateException(missing() + "; they are required here (" + Chromium.REQUIRED_VARIABLE + "=required)");
        }
    }

    private static String missing() {
        return "Browser journeys need Chromium at " + Chromium.executable() + " (install Debian's chromium, or set "
                + Chromium.EXECUTABLE_VARIABLE + " to its path)";
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BrowserTest test = test(context);
        test.begin(chromium(context), context.getRequiredTestClass().getSimpleName(), context.getRequiredTestMethod().getName());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        BrowserTest test = test(context);
        try {
            if (context.getExecutionException().isEmpty()) {
                List<String> unscanned = test.journey().unscanned();
                if (!unscanned.isEmpty()) {
                    throw new AssertionError("The journey loaded pages it never scanned with assertAccessible (or marked "
                            + "with notScanned): " + unscanned);
                }
                List<String> brandAssets = test.journey().brandAssets();
                if (!brandAssets.isEmpty()) {
                    throw new AssertionError("Pages asked for GOV.UK's typeface or crown, which are for GOV.UK services "
                            + "only: " + brandAssets);
                }
            }
        } finally {
            test.end();
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw recorded(context, throwable);
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        throw recorded(context, throwable);
    }

    private static Throwable recorded(ExtensionContext context, Throwable throwable) {
        if (context.getTestInstance().orElse(null) instanceof BrowserTest test && test.journey() != null) {
            List<Path> files = test.journey().recordFailure();
            if (!files.isEmpty()) {
                System.err.println("The pages as they were when " + context.getDisplayName() + " failed: " + files);
                throwable.addSuppressed(new PagesRecorded(files));
            }
        }
        return throwable;
    }

    /** Where a failed journey's pages were saved, attached to the failure so that the report shows it. */
    private static final class PagesRecorded extends RuntimeException {
        PagesRecorded(List<Path> files) {
            super("Pages saved: " + files, null, false, false);
        }
    }

    private static BrowserTest test(ExtensionContext context) {
        if (context.getRequiredTestInstance() instanceof BrowserTest test) {
            return test;
        }
        throw new IllegalStateException(BrowserExtension.class.getSimpleName() + " serves subclasses of BrowserTest only");
    }

    /** One browser for the whole run, closed when the run ends; started again if it has died. */
    private static Chromium chromium(ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        Chromium chromium = store.computeIfAbsent(Chromium.class, type -> launch(), Chromium.class);
        if (!chromium.connected()) {
            store.remove(Chromium.class, Chromium.class).close();
            chromium = store.computeIfAbsent(Chromium.class, type -> launch(), Chromium.class);
        }
        return chromium;
    }

    private static Chromium launch() {
        Chromium chromium = Chromium.launch();
        System.out.println("Browser journeys run in Chromium " + chromium.version() + " (" + Chromium.executable() + ")");
        return chromium;
    }
}
