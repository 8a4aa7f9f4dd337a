package org.infoshare.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param masterKeysetFile      a Tink JSON keyset (AES-256-GCM) that wraps every data key; empty means
 *                              {@code <keys directory>/master-keyset.json}, generated on first start
 * @param directory             where a generated master keyset is kept; empty means a {@code keys} directory
 *                              beside the data directory ({@code ./keys} beside {@code ./data}), never inside it
 * @param masterKeyUri          a key in a key management service that wraps the master keyset itself
 *                              ({@code gcp-kms://…}, {@code aws-kms://…}); empty means the keyset file is in clear
 * @param masterKeyCredentials  a credentials file for that service; empty means the service client's defaults
 */
@ConfigurationProperties("infoshare.keys")
record KeysProperties(String masterKeysetFile, String directory, String masterKeyUri, String masterKeyCredentials) {

    static boolean given(String setting) {
        return setting != null && !setting.isBlank();
    }
}
