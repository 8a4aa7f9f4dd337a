package org.infoshare.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Page;
import org.infoshare.shared.PageRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A page of a list in the API (ADR 0017): the body stays the JSON array the list always answered, and the headers
 * say how many rows the whole list has ({@value #TOTAL}), which page this is and how to reach the others (an
 * RFC 8288 {@code Link} header with first, prev, next and last, each keeping the request's filters).
 */
public final class PagedResponse {

    public static final String TOTAL = "X-Total-Count";
    public static final String PAGE = "X-Page";
    public static final String PAGE_SIZE = "X-Page-Size";

    private PagedResponse() {
    }

    /**
     * The page asked for; without a size, {@link PageRequest#MAX_SIZE} rows, as many as these lists answered before
     * they were paged, so a caller that does not page sees what it saw.
     */
    public static PageRequest request(Integer page, Integer size) {
        return PageRequest.of(page, size == null ? PageRequest.MAX_SIZE : size);
    }

    public static <T> ResponseEntity<List<T>> of(Page<T> page, HttpServletRequest request) {
        Pagination links = Pagination.of(page, request);
        List<String> link = new ArrayList<>();
        if (links.previous() != null) {
            link.add("<" + links.items().get(0).href() + ">; rel=\"first\"");
            link.add("<" + links.previous() + ">; rel=\"prev\"");
        }
        if (links.next() != null) {
            link.add("<" + links.next() + ">; rel=\"next\"");
            link.add("<" + links.items().get(links.items().size() - 1).href() + ">; rel=\"last\"");
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .header(TOTAL, Long.toString(page.total()))
                .header(PAGE, Integer.toString(page.number()))
                .header(PAGE_SIZE, Integer.toString(page.size()));
        if (!link.isEmpty()) {
            response.header(HttpHeaders.LINK, String.join(", ", link));
        }
        return response.body(page.items());
    }
}
