package org.infoshare.dataset;

/** The file cannot be read as its format says (bad quoting, not UTF-8, not JSON); the row is where it was noticed. */
class DatasetFormatException extends RuntimeException {

    private final long row;

    DatasetFormatException(long row, String message) {
        super(message);
        this.row = row;
    }

    long row() {
        return row;
    }
}
