package org.infoshare.shared;

import org.infoshare.shared.problem.InvalidRequestException;

/**
 * Which page of a list is asked for: numbered from 1, as people count pages, of at most {@link #MAX_SIZE} rows.
 */
public record PageRequest(int number, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Beyond this no list is paged: narrowing the search or filter is the way on. */
    public static final int MAX_NUMBER = 1000;

    public PageRequest {
        if (number < 1 || number > MAX_NUMBER) {
            throw InvalidRequestException.of("page", "range", "Page must be a number from 1 to " + MAX_NUMBER);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw InvalidRequestException.of("size", "range", "Size must be a number from 1 to " + MAX_SIZE);
        }
    }

    /** The page asked for, the first when none is; {@link #DEFAULT_SIZE} rows when no size is. */
    public static PageRequest of(Integer number, Integer size) {
        return new PageRequest(number == null ? 1 : number, size == null ? DEFAULT_SIZE : size);
    }

    public static PageRequest first() {
        return new PageRequest(1, DEFAULT_SIZE);
    }

    /** The rows to skip before this page. */
    public long offset() {
        return (long) (number - 1) * size;
    }
}
