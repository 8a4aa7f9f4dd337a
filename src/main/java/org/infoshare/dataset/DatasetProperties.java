package org.infoshare.dataset;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param sealThreads threads that pseudonymise, encode and seal blocks while the upload is still being read;
 *                    0 means one per processor
 */
@ConfigurationProperties("infoshare.datasets")
record DatasetProperties(Integer sealThreads) {

    int effectiveSealThreads() {
        return sealThreads == null || sealThreads <= 0 ? Runtime.getRuntime().availableProcessors() : sealThreads;
    }
}
