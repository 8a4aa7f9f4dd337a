package org.infoshare.crypto;

import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.KmsClient;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;

/**
 * A key management service inside the test JVM, reached exactly as a cloud one is: a Tink {@link KmsClient}
 * found by the service loader (META-INF/services), serving {@code local-kms://<name>} keys that never leave it.
 * Each name is a different key; {@link #calls()} counts the service's uses, as a service's audit log would.
 */
public final class LocalKeyService implements KmsClient {

    public static final String PREFIX = "local-kms://";
    private static final Map<String, Aead> KEYS = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicLong CALLS = new java.util.concurrent.atomic.AtomicLong();

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @Override
    public boolean doesSupport(String keyUri) {
        return keyUri != null && keyUri.startsWith(PREFIX);
    }

    @Override
    public KmsClient withCredentials(String credentialPath) {
        return this;
    }

    @Override
    public KmsClient withDefaultCredentials() {
        return this;
    }

    @Override
    public Aead getAead(String keyUri) throws GeneralSecurityException {
        if (!doesSupport(keyUri)) {
            throw new GeneralSecurityException("not a local key: " + keyUri);
        }
        Aead key = KEYS.computeIfAbsent(keyUri, uri -> {
            try {
                return KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM).getPrimitive(RegistryConfiguration.get(), Aead.class);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
        return new Aead() {
            @Override
            public byte[] encrypt(byte[] plaintext, byte[] associatedData) throws GeneralSecurityException {
                CALLS.incrementAndGet();
                return key.encrypt(plaintext, associatedData);
            }

            @Override
            public byte[] decrypt(byte[] ciphertext, byte[] associatedData) throws GeneralSecurityException {
                CALLS.incrementAndGet();
                return key.decrypt(ciphertext, associatedData);
            }
        };
    }

    public static long calls() {
        return CALLS.get();
    }
}
