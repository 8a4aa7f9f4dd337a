package org.infoshare.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Page;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GOV.UK pagination component's links for a page of a list: previous, next, the first and last pages and those
 * either side of this one, each keeping the request's other parameters (its search and filters).
 *
 * @param items pages to link, in order; an item without a number is an ellipsis
 */
public record Pagination(String previous, String next, List<Item> items, long firstRow, long lastRow, long total) {

    public record Item(Integer number, String href, boolean current) {
        public boolean ellipsis() {
            return number == null;
        }
    }

    /** Nothing to show when the whole list fits one page. */
    public boolean shown() {
        return previous != null || next != null;
    }

    public static Pagination of(Page<?> page, HttpServletRequest request) {
        // From the parameters rather than the raw query string: the same whether they came in the address or not.
        UriComponentsBuilder base = UriComponentsBuilder.fromPath(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> base.queryParam(name, (Object[]) values));
        int last = page.totalPages();
        List<Item> items = new ArrayList<>();
        Integer previousShown = null;
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page.number()) <= 1) {
                if (previousShown != null && n - previousShown > 1) {
                    items.add(new Item(null, null, false));
                }
                items.add(new Item(n, href(base, n), n == page.number()));
                previousShown = n;
            }
        }
        return new Pagination(page.hasPrevious() ? href(base, page.number() - 1) : null,
                page.hasNext() ? href(base, page.number() + 1) : null, items, page.firstRow(), page.lastRow(), page.total());
    }

    private static String href(UriComponentsBuilder base, int number) {
        return base.cloneBuilder().replaceQueryParam("page", number).encode().build().toUriString();
    }
}
