package org.infoshare.incident.rules;

/** How likely it is that the people affected will come to harm. */
public enum Likelihood {
    REMOTE("Remote: harm is very unlikely", 1),
    POSSIBLE("Possible: harm could happen", 2),
    LIKELY("Likely: harm will probably happen", 3),
    ALMOST_CERTAIN("Almost certain: harm has happened or surely will", 4);

    private final String label;
    private final int score;

    Likelihood(String label, int score) {
        this.label = label;
        this.score = score;
    }

    public String label() {
        return label;
    }

    public int score() {
        return score;
    }
}
