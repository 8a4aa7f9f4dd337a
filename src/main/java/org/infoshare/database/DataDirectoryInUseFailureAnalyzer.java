package org.infoshare.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a start on a data directory already in use into a short, plain explanation instead of a stack trace. */
class DataDirectoryInUseFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryLock.DataDirectoryInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryLock.DataDirectoryInUseException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Stop the instance that is running on this data directory, or give this one its own with INFOSHARE_DATA_DIR "
                        + "(two instances never share an embedded database).",
                cause);
    }
}
