package org.infoshare.dataset;

import java.util.Locale;
import java.util.Optional;

/** The file formats an upload may use. */
public enum DatasetFormat {
    CSV("CSV (comma-separated, with a header row)", "text/csv"),
    JSON_LINES("JSON lines (one JSON object per line)", "application/x-ndjson");

    private final String label;
    private final String mediaType;

    DatasetFormat(String label, String mediaType) {
        this.label = label;
        this.mediaType = mediaType;
    }

    public String label() {
        return label;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a request's Content-Type names, if it names one. */
    static Optional<DatasetFormat> ofContentType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text/csv", "application/csv" -> Optional.of(CSV);
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines", "application/jsonlines" -> Optional.of(JSON_LINES);
            default -> Optional.empty();
        };
    }
}
