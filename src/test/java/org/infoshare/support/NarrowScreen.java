package org.infoshare.support;

import com.microsoft.playwright.Page;

import static org.assertj.core.api.Assertions.assertThat;

/** WCAG 2.2 reflow: a page must fit a 375-pixel phone screen without scrolling sideways. */
public final class NarrowScreen {

    private NarrowScreen() {
    }

    /** Nothing wider than a 375-pixel phone screen; the page's own size is restored afterwards. */
    public static void assertFitsAPhone(Page page) {
        var before = page.viewportSize();
        page.setViewportSize(375, 800);
        try {
            Object width = page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(((Number) width).intValue()).as("page width at 375 px").isLessThanOrEqualTo(375);
        } finally {
            page.setViewportSize(before.width, before.height);
        }
    }
}
