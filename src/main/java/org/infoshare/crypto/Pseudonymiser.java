package org.infoshare.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.prf.PredefinedPrfParameters;
import com.google.crypto.tink.prf.PrfSet;
import org.springframework.stereotype.Component;

/**
 * Keyed pseudonyms (HMAC-SHA-256 PRF) under a scope's own key: stable within the scope, so records can be
 * matched across deliveries, and meaningless outside it, so identifiers never travel.
 */
@Component
public class Pseudonymiser {

    private final KeyVault vault;

    Pseudonymiser(KeyVault vault) {
        this.vault = vault;
    }

    /** A reusable pseudonymising function for one scope (fetch once, apply to many values). */
    public Function forScope(KeyScope scope) {
        KeysetHandle handle = vault.obtain(scope, KeyVault.Purpose.PRF, PredefinedPrfParameters.HMAC_SHA256_PRF);
        try {
            PrfSet prf = handle.getPrimitive(RegistryConfiguration.get(), PrfSet.class);
            return value -> {
                try {
                    return HexFormat.of().formatHex(prf.computePrimary(value.getBytes(StandardCharsets.UTF_8), 16));
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException("Cannot pseudonymise", e);
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot load the pseudonymisation key for " + scope, e);
        }
    }

    @FunctionalInterface
    public interface Function {
        String apply(String value);
    }
}
