package org.infoshare.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param masterKeysetFile a Tink JSON keyset (AES-256-GCM) that wraps every data key; empty means
 *                         {@code <data dir>/keys/master-keyset.json}, generated on first start
 */
@ConfigurationProperties("infoshare.keys")
record KeysProperties(String masterKeysetFile) {
}
