package org.infoshare.decision.rules;

/** One layer of the decision (DOMAIN 'The decision, layer by layer'): it settles the case, or passes it on. */
interface Layer {

    /** @return the verdict that ends the walk, or null to go on to the next layer */
    Verdict apply(Workings w);
}
