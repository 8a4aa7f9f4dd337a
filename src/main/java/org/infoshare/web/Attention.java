package org.infoshare.web;

import java.util.List;

/**
 * Something waiting for the signed-in person, as their home page ("Needs your attention") and the navigation show
 * it: how many, the list that holds them, and the first few, urgent first.
 *
 * @param order  lower comes first on the home page
 * @param label  what is waiting, in words ("Requests awaiting an answer")
 * @param href   the list that holds them; the navigation item with this address shows the count
 * @param first  the first few, urgent first, each linking to its record
 */
public record Attention(int order, String label, long count, String href, List<Line> first) {

    public Attention {
        first = List.copyOf(first);
    }

    /**
     * @param urgent shown with a red tag
     * @param note   a deadline or date, in words
     */
    public record Line(String text, String note, String href, boolean urgent) {
    }

    public boolean urgent() {
        return first.stream().anyMatch(Line::urgent);
    }
}
