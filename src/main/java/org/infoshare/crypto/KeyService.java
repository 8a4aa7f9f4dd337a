package org.infoshare.crypto;

import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KmsClient;

/**
 * A key management service (or an HSM behind one) that wraps the master keyset, reached through Tink's
 * {@link KmsClient} interface (ADR 0041). Clients are found on the class path with Java's service loader, as
 * Tink's own integrations register themselves (tink-gcpkms for {@code gcp-kms://}, tink-awskms for
 * {@code aws-kms://}); the first that supports the key's URI is used.
 */
final class KeyService {

    private KeyService() {
    }

    /** The service's AEAD for the key: every use of it is a call to the service. */
    static Aead aead(String keyUri, String credentials) {
        List<String> available = new ArrayList<>();
        for (KmsClient client : ServiceLoader.load(KmsClient.class, KeyService.class.getClassLoader())) {
            available.add(client.getClass().getName());
            if (client.doesSupport(keyUri)) {
                try {
                    KmsClient ready = KeysProperties.given(credentials) ? client.withCredentials(credentials) : client.withDefaultCredentials();
                    return ready.getAead(keyUri);
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("The key service client " + client.getClass().getName()
                            + " cannot use the key " + keyUri + ": " + e.getMessage(), e);
                }
            }
        }
        throw new IllegalStateException("No key service client on the class path supports INFOSHARE_MASTER_KEY_URI=" + keyUri
                + " (clients found: " + (available.isEmpty() ? "none" : String.join(", ", available))
                + "). Add Tink's client for your service (tink-gcpkms or tink-awskms) as the operator guide describes.");
    }
}
