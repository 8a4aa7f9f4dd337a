package org.infoshare.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Optional;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.infoshare.database.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key-encryption key. It lives in a file outside the database and outside the data directory (an
 * operator's secret store in production), readable by its owner only, so a copy of the database or of the
 * data directory alone never reveals personal data. With a key service configured, the file holds the keyset
 * encrypted by the service's key (envelope encryption), so the file alone reveals nothing either.
 */
final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

    /** Binds a wrapped keyset to its purpose, so no other ciphertext of the same service key passes for it. */
    static final byte[] WRAPPING_CONTEXT = "infoshare master keyset".getBytes(StandardCharsets.UTF_8);

    private MasterKey() {
    }

    /**
     * @param keyService the service's key wrapping the keyset, when one is configured
     * @param setting    the setting naming the file, for messages
     */
    static Aead load(Path keysetFile, boolean createIfMissing, Optional<Aead> keyService, String setting) {
        try {
            if (!Files.exists(keysetFile)) {
                if (!createIfMissing) {
                    throw new IllegalStateException("The master keyset file " + keysetFile + " does not exist");
                }
                create(keysetFile, keyService);
            }
            OwnerOnlyFiles.requireOwnerOnly(keysetFile, "The master keyset", setting);
            String json = Files.readString(keysetFile, StandardCharsets.UTF_8);
            KeysetHandle handle;
            if (isWrapped(json)) {
                if (keyService.isEmpty()) {
                    throw new IllegalStateException("The master keyset " + keysetFile + " is wrapped by a key service:"
                            + " set INFOSHARE_MASTER_KEY_URI to the key that wraps it");
                }
                handle = TinkJsonProtoKeysetFormat.parseEncryptedKeyset(json, keyService.get(), WRAPPING_CONTEXT);
            } else {
                handle = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
                if (keyService.isPresent()) {
                    wrap(keysetFile, handle, keyService.get());
                }
            }
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the master keyset " + keysetFile + ": " + e.getMessage(), e);
        }
    }

    /** Tink's JSON for an encrypted keyset carries {@code encryptedKeyset}; a keyset in clear carries its keys. */
    static boolean isWrapped(String json) {
        return json.contains("\"encryptedKeyset\"");
    }

    private static void create(Path keysetFile, Optional<Aead> keyService) throws GeneralSecurityException {
        KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        String json = keyService.isPresent()
                ? TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, keyService.get(), WRAPPING_CONTEXT)
                : TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        OwnerOnlyFiles.write(keysetFile, json.getBytes(StandardCharsets.UTF_8));
        log.warn("Generated a new master keyset at {}{}. Back it up apart from the database and the data directory:"
                        + " without it the personal data in the database cannot be read.",
                keysetFile.toAbsolutePath(), keyService.isPresent() ? ", wrapped by the key service" : "");
    }

    /** A keyset in clear, with a key service now configured: from this start on the file holds it wrapped. */
    private static void wrap(Path keysetFile, KeysetHandle handle, Aead keyService) throws GeneralSecurityException {
        String wrapped = TinkJsonProtoKeysetFormat.serializeEncryptedKeyset(handle, keyService, WRAPPING_CONTEXT);
        // Check the round trip through the service before the clear copy is replaced.
        TinkJsonProtoKeysetFormat.parseEncryptedKeyset(wrapped, keyService, WRAPPING_CONTEXT);
        try {
            OwnerOnlyFiles.write(keysetFile, wrapped.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("The master keyset " + keysetFile + " is in clear and INFOSHARE_MASTER_KEY_URI is set,"
                    + " but the file cannot be replaced by its wrapped form (" + e.getMessage() + "). Wrap it with Tinkey"
                    + " (tinkey convert-keyset --new-master-key-uri …) or make the file writable for one start.", e);
        }
        log.warn("The master keyset at {} is now wrapped by the key service; clear copies of it kept elsewhere (backups)"
                + " should be destroyed.", keysetFile.toAbsolutePath());
    }
}
