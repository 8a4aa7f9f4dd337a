package org.infoshare.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Locale;

import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import org.springframework.stereotype.Component;

/**
 * A keyed, deterministic fingerprint (HMAC-SHA-256 PRF) of a value, so that an encrypted column can still
 * be looked up by exact match (a username, an identifier) without storing the value or a guessable hash.
 */
@Component
public class BlindIndex {

    private final KeyVault vault;
    private volatile PrfSet prf;

    BlindIndex(KeyVault vault) {
        this.vault = vault;
    }

    /** The fingerprint of a value for one purpose; case and surrounding spaces are ignored. */
    public byte[] of(String purpose, String value) {
        String normalised = value.strip().toLowerCase(Locale.ROOT);
        try {
            return prf().computePrimary((purpose + '\u0000' + normalised).getBytes(StandardCharsets.UTF_8), 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot compute a blind index", e);
        }
    }

    private PrfSet prf() throws GeneralSecurityException {
        PrfSet current = prf;
        if (current == null) {
            current = vault.obtain(KeyScope.DEPLOYMENT, KeyVault.Purpose.PRF, PredefinedPrfParameters.HMAC_SHA256_PRF)
                    .getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            prf = current;
        }
        return current;
    }
}
