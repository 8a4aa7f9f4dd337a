package org.infoshare.support;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * An axe-core scan of the page as it stands, for every WCAG 2.2 A and AA rule; any violation fails. axe-core
 * comes from Deque's Maven artifact ({@code com.deque.html.axe-core:playwright}).
 */
public final class Accessibility {

    /** WCAG 2.0, 2.1 and 2.2, levels A and AA (axe tags each rule with the version that introduced it). */
    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Runs axe in the page itself, in every document the context loads from now on. Deque's {@code AxeBuilder}
     * sends the half-megabyte script with every scan and, by default, opens a blank page to merge results from
     * cross-origin frames (which we never have): three times slower. The script is the same.
     */
    static void prepare(BrowserContext context) {
        context.addInitScript(AxeBuilder.getAxeScript());
    }

    private Accessibility() {
    }

    /**
     * @param excluded CSS selectors of parts of the page that are not ours to fix (third-party widgets)
     */
    public static void assertNoViolations(Page page, String... excluded) {
        String violations = (String) page.evaluate("""
                async ([tags, excluded]) => {
                  if (typeof axe === 'undefined') {
                    throw new Error('axe-core is not in this page: open pages through BrowserTest');
                  }
                  const context = excluded.length ? { exclude: excluded.map(selector => [selector]) } : document;
                  const results = await axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                  return JSON.stringify(results.violations);
                }""", List.of(WCAG_22_AA, List.of(excluded)));
        List<Rule> rules = Arrays.asList(JSON.readValue(violations, Rule[].class));
        if (!rules.isEmpty()) {
            throw new AssertionError(describe(page.url(), rules));
        }
    }

    static String describe(String url, List<Rule> violations) {
        StringBuilder message = new StringBuilder()
                .append(violations.size()).append(" WCAG 2.2 A/AA ")
                .append(violations.size() == 1 ? "violation" : "violations").append(" on ").append(url).append(':');
        for (Rule rule : violations) {
            message.append("\n- ").append(rule.getId()).append(" (").append(rule.getImpact()).append("): ")
                    .append(rule.getHelp()).append(" <").append(rule.getHelpUrl().replaceFirst("\\?application=.*$", "")).append('>');
            for (CheckedNode node : rule.getNodes()) {
                message.append("\n    at ").append(target(node.getTarget()));
                if (node.getFailureSummary() != null) {
                    message.append("\n       ").append(node.getFailureSummary().strip().replace("\n", "\n       "));
                }
            }
        }
        return message.toString();
    }

    /** axe names a node by a list of selectors (one per frame or shadow root), or by a single selector. */
    private static String target(Object target) {
        if (target instanceof List<?> selectors) {
            return selectors.stream().map(String::valueOf).collect(Collectors.joining(" >>> "));
        }
        return String.valueOf(target);
    }
}
