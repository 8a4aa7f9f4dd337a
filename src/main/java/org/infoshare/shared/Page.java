package org.infoshare.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list that is paged on the server, with how many rows the whole list has.
 *
 * @param number the page, from 1
 * @param total  rows in the whole list
 */
public record Page<T>(List<T> items, int number, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** The rows of this page out of the whole list, already in order. */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return new Page<>(all.subList(from, to), request.number(), request.size(), all.size());
    }

    public int totalPages() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return number > 1;
    }

    public boolean hasNext() {
        return number < totalPages();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The position in the whole list of this page's first row, from 1 (0 for an empty list). */
    public long firstRow() {
        return items.isEmpty() ? 0 : (long) (number - 1) * size + 1;
    }

    public long lastRow() {
        return items.isEmpty() ? 0 : firstRow() + items.size() - 1;
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), number, size, total);
    }
}
