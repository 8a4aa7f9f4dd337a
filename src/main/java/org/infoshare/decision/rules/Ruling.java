package org.infoshare.decision.rules;

import java.util.List;

import org.infoshare.shared.Role;

/**
 * What one layer of the decision concluded: its verdict (none, so the walk goes on; or do not share; or seek
 * advice, on which question and from whom), the reason (a summary and the steps it adds to the path, each with
 * its source), and what it establishes for the layers after it. Layers share nothing else.
 *
 * @param verdict     null when the walk goes on
 * @param established what the layer settled; read by later layers only through the engine
 */
public record Ruling<T>(Outcome verdict, String summary, Question question, Role adviser, List<DecisionResult.PathStep> steps,
                        T established) {

    public Ruling {
        steps = List.copyOf(steps);
    }

    public boolean ends() {
        return verdict != null;
    }

    static <T> Ruling<T> proceed(T established, List<DecisionResult.PathStep> steps) {
        return new Ruling<>(null, null, null, null, steps, established);
    }

    static <T> Ruling<T> proceed(T established, DecisionResult.PathStep... steps) {
        return proceed(established, List.of(steps));
    }

    static <T> Ruling<T> doNotShare(String summary, DecisionResult.PathStep... steps) {
        return new Ruling<>(Outcome.DO_NOT_SHARE, summary, null, null, List.of(steps), null);
    }

    static <T> Ruling<T> seekAdvice(Question question, Role adviser, String summary, DecisionResult.PathStep... steps) {
        return new Ruling<>(Outcome.SEEK_ADVICE, summary, question, adviser, List.of(steps), null);
    }

    static DecisionResult.PathStep step(String question, String answer, String explanation, String citation) {
        return new DecisionResult.PathStep(question, answer, explanation, citation);
    }
}
