package org.infoshare.dataset;

/** Why an attempt ended without publishing; thrown inside the attempt's transaction to roll it back. */
final class NotPublished extends RuntimeException {
    final UploadStatus status;
    final DatasetReport report;
    final long rowsRead;

    NotPublished(UploadStatus status, DatasetReport report, long rowsRead, Throwable cause) {
        super(status.name(), cause, false, false);
        this.status = status;
        this.report = report;
        this.rowsRead = rowsRead;
    }
}
