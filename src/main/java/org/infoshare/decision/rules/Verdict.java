package org.infoshare.decision.rules;

/** A layer's conclusion that ends the walk; a layer that returns null lets the next one decide. */
record Verdict(Outcome outcome, String summary) {

    static Verdict doNotShare(String summary) {
        return new Verdict(Outcome.DO_NOT_SHARE, summary);
    }
}
