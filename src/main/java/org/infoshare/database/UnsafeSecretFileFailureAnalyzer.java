package org.infoshare.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a secret file that others could read into a short explanation and the command that fixes it. */
class UnsafeSecretFileFailureAnalyzer extends AbstractFailureAnalyzer<OwnerOnlyFiles.UnsafeSecretFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, OwnerOnlyFiles.UnsafeSecretFileException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Make the file readable by its owner only, e.g. chmod 600 " + cause.file().toAbsolutePath()
                        + " (the account infoshare runs as must own it).",
                cause);
    }
}
