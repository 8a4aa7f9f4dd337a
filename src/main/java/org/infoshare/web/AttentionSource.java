package org.infoshare.web;

import java.util.List;

import org.infoshare.shared.Actor;

/**
 * What a feature module has waiting for someone, contributed as a bean: the web platform shows it without knowing
 * the features. Called on every page for the navigation's counts, so a source answers from a few indexed queries
 * and returns nothing for roles it does not serve.
 */
public interface AttentionSource {

    List<Attention> waitingFor(Actor actor);
}
