package org.infoshare.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/** The layout's navigation and what waits for the caller are worked out for pages, never for answers written as the body. */
class LayoutModelTest {

    private static final Actor PRACTITIONER = new Actor(UUID.randomUUID(), UUID.randomUUID(), "Council", "Sam Okafor",
            Actor.Kind.PERSON, Set.of(Role.PRACTITIONER), Set.of(), true);

    private final AtomicInteger asked = new AtomicInteger();
    private final AttentionSource source = actor -> {
        asked.incrementAndGet();
        return List.of(new Attention(1, "Requests waiting", 2, "/requests", List.of()));
    };
    private final LayoutModel layout = new LayoutModel(
            List.of(new NavigationItem(1, "Requests", "/requests", Set.of(Role.PRACTITIONER), actor -> true, false)), List.of(source));

    @Test
    void aPageGetsItsNavigationAndWhatWaits() throws Exception {
        var request = requestFor(new HandlerMethod(new Page(), Page.class.getDeclaredMethod("page")));

        assertThat(layout.navigation(request)).extracting(NavigationItem::href).containsExactly("/requests");
        assertThat(layout.attentionCounts(request)).containsEntry("/requests", 2L);
        assertThat(asked).hasValue(1);
    }

    @Test
    void anApiAnswerWorksOutNeitherNavigationNorWhatWaits() throws Exception {
        var request = requestFor(new HandlerMethod(new Api(), Api.class.getDeclaredMethod("answer")));

        assertThat(layout.navigation(request)).isEmpty();
        assertThat(layout.attentionCounts(request)).isEmpty();
        assertThat(asked).hasValue(0);
    }

    @Test
    void aBodyAnswerFromAPageControllerWorksOutNothingEither() throws Exception {
        var request = requestFor(new HandlerMethod(new Page(), Page.class.getDeclaredMethod("download")));

        assertThat(layout.menu(request)).isEmpty();
        assertThat(layout.attentionCounts(request)).isEmpty();
        assertThat(asked).hasValue(0);
    }

    private static MockHttpServletRequest requestFor(HandlerMethod handler) {
        var request = new MockHttpServletRequest("GET", "/anything");
        CurrentActor.set(request, PRACTITIONER);
        request.setAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, handler);
        return request;
    }

    @Controller
    static class Page {
        @GetMapping("/page")
        String page() {
            return "page";
        }

        @GetMapping("/page/download")
        @ResponseBody
        String download() {
            return "bytes";
        }
    }

    @RestController
    static class Api {
        @GetMapping("/api")
        String answer() {
            return "{}";
        }
    }
}
