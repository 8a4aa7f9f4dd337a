package org.infoshare.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.springframework.stereotype.Component;

/**
 * Seals and opens personal data with the key of the scope it belongs to (AES-256-GCM). The context names
 * where the value lives (table, column and row), so a ciphertext moved to another row will not open.
 */
@Component
public class PersonalDataCipher {

    private final KeyVault vault;

    PersonalDataCipher(KeyVault vault) {
        this.vault = vault;
    }

    public byte[] encrypt(KeyScope scope, byte[] plaintext, String context) {
        try {
            return aead(vault.obtain(scope, KeyVault.Purpose.AEAD, PredefinedAeadParameters.AES256_GCM))
                    .encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed for " + context, e);
        }
    }

    public byte[] decrypt(KeyScope scope, byte[] ciphertext, String context) {
        KeysetHandle handle = vault.existing(scope, KeyVault.Purpose.AEAD)
                .orElseThrow(() -> new KeyDestroyedException(scope));
        try {
            return aead(handle).decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The value at " + context + " does not open with its key: it was altered or moved", e);
        }
    }

    /** Null stays null: an absent optional value is not encrypted. */
    public byte[] encryptText(KeyScope scope, String plaintext, String context) {
        return plaintext == null ? null : encrypt(scope, plaintext.getBytes(StandardCharsets.UTF_8), context);
    }

    public String decryptText(KeyScope scope, byte[] ciphertext, String context) {
        return ciphertext == null ? null : new String(decrypt(scope, ciphertext, context), StandardCharsets.UTF_8);
    }

    private static Aead aead(KeysetHandle handle) throws GeneralSecurityException {
        return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
    }
}
