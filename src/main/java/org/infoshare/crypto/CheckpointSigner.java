package org.infoshare.crypto;

import java.security.GeneralSecurityException;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeySign;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.signature.PredefinedSignatureParameters;
import org.springframework.stereotype.Component;

/**
 * Signs and checks ledger checkpoints with the deployment's Ed25519 key. The private key is wrapped by the
 * master key, so someone who can write to the database still cannot forge a checkpoint.
 */
@Component
public class CheckpointSigner {

    private final KeyVault vault;

    CheckpointSigner(KeyVault vault) {
        this.vault = vault;
    }

    public byte[] sign(byte[] data) {
        try {
            return key().getPrimitive(RegistryConfiguration.get(), PublicKeySign.class).sign(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a ledger checkpoint", e);
        }
    }

    public boolean verify(byte[] data, byte[] signature) {
        try {
            key().getPublicKeysetHandle().getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class)
                    .verify(signature, data);
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private KeysetHandle key() {
        return vault.obtain(KeyScope.DEPLOYMENT, KeyVault.Purpose.SIGNING, PredefinedSignatureParameters.ED25519);
    }
}
