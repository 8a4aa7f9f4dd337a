package org.infoshare.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param sealThreads   threads that pseudonymise, encode and seal blocks while the upload is still being read;
 *                      0 means one per processor
 * @param maxUploadSize the largest file accepted; a larger one is refused (and nothing kept) when it passes the limit
 */
@ConfigurationProperties("infoshare.datasets")
record DatasetProperties(Integer sealThreads, DataSize maxUploadSize) {

    int effectiveSealThreads() {
        return sealThreads == null || sealThreads <= 0 ? Runtime.getRuntime().availableProcessors() : sealThreads;
    }

    long effectiveMaxUploadBytes() {
        return maxUploadSize == null ? DataSize.ofGigabytes(2).toBytes() : maxUploadSize.toBytes();
    }
}
