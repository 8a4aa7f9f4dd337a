package org.infoshare.web;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What every page's layout needs: who is signed in and the navigation they may use. An {@code @RestController} is
 * a {@code @Controller} too, so this advice also runs before every API call; answers written as the body (the API,
 * downloads) render no layout, and the navigation and what waits for the caller are not worked out for them.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private static final String ATTENTION = LayoutModel.class.getName() + ".attention";

    private final List<NavigationItem> navigation;
    private final List<AttentionSource> attentionSources;

    LayoutModel(List<NavigationItem> navigation, List<AttentionSource> attentionSources) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
        this.attentionSources = List.copyOf(attentionSources);
    }

    @ModelAttribute("currentActor")
    Actor currentActor(HttpServletRequest request) {
        return CurrentActor.of(request).orElse(null);
    }

    /** False while a second step of signing in is still to be taken or set up: nothing else is open then. */
    @ModelAttribute("signInComplete")
    boolean signInComplete(HttpServletRequest request) {
        return SignInSessions.stage(request) == org.infoshare.web.rules.SecondStepPolicy.Stage.COMPLETE;
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        if (!signInComplete(request) || !rendersLayout(request)) {
            return List.of();
        }
        return CurrentActor.of(request)
                .map(actor -> navigation.stream().filter(item -> item.visibleTo(actor)).toList())
                .orElse(List.of());
    }

    /** The service navigation: the items people use every day; the rest are on the home page. */
    @ModelAttribute("menu")
    List<NavigationItem> menu(HttpServletRequest request) {
        return navigation(request).stream().filter(item -> !item.homeOnly()).toList();
    }

    /** What is waiting for the signed-in person, worked out once a request. */
    @SuppressWarnings("unchecked")
    List<Attention> attention(HttpServletRequest request) {
        if (request.getAttribute(ATTENTION) instanceof List<?> known) {
            return (List<Attention>) known;
        }
        List<Attention> waiting = !signInComplete(request) || !rendersLayout(request) ? List.of() : CurrentActor.of(request)
                .map(actor -> attentionSources.stream().flatMap(source -> source.waitingFor(actor).stream())
                        .sorted(Comparator.comparingInt(Attention::order)).toList())
                .orElse(List.of());
        request.setAttribute(ATTENTION, waiting);
        return waiting;
    }

    /** How many things wait behind each navigation item's address, for its tag. */
    @ModelAttribute("attentionCounts")
    Map<String, Long> attentionCounts(HttpServletRequest request) {
        Map<String, Long> counts = new HashMap<>();
        attention(request).forEach(a -> counts.merge(a.href(), a.count(), Long::sum));
        return counts;
    }

    /** False for a handler whose answer is its body ({@code @ResponseBody} on the method or its controller). */
    private static boolean rendersLayout(HttpServletRequest request) {
        return !(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler)
                || !handler.hasMethodAnnotation(ResponseBody.class)
                        && !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** For views rendered where model attribute methods do not run: exception handlers' error pages. */
    void addTo(Model model, HttpServletRequest request) {
        model.addAttribute("currentActor", currentActor(request));
        model.addAttribute("navigation", navigation(request));
        model.addAttribute("menu", menu(request));
        model.addAttribute("attentionCounts", attentionCounts(request));
        model.addAttribute("signInComplete", signInComplete(request));
        model.addAttribute("currentPath", currentPath(request));
    }
}
