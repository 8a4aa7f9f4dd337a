package org.infoshare.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.shared.Actor;

/** Where the request's {@link Actor} is kept once the directory has confirmed it for this request. */
public final class CurrentActor {

    static final String ATTRIBUTE = CurrentActor.class.getName();

    private CurrentActor() {
    }

    public static Optional<Actor> of(HttpServletRequest request) {
        return Optional.ofNullable((Actor) request.getAttribute(ATTRIBUTE));
    }

    static void set(HttpServletRequest request, Actor actor) {
        request.setAttribute(ATTRIBUTE, actor);
    }
}
