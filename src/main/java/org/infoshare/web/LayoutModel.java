package org.infoshare.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every page's layout needs: who is signed in and the navigation they may use. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final List<NavigationItem> navigation;

    LayoutModel(List<NavigationItem> navigation) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
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
        if (!signInComplete(request)) {
            return List.of();
        }
        return CurrentActor.of(request)
                .map(actor -> navigation.stream().filter(item -> item.visibleTo(actor)).toList())
                .orElse(List.of());
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** For views rendered where model attribute methods do not run: exception handlers' error pages. */
    void addTo(Model model, HttpServletRequest request) {
        model.addAttribute("currentActor", currentActor(request));
        model.addAttribute("navigation", navigation(request));
        model.addAttribute("signInComplete", signInComplete(request));
        model.addAttribute("currentPath", currentPath(request));
    }
}
