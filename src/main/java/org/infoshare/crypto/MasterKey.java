package org.infoshare.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key-encryption key. It lives in a file outside the database (an operator's secret store in
 * production), so a copy of the database alone never reveals personal data.
 */
final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);

    private MasterKey() {
    }

    static Aead load(Path keysetFile, boolean createIfMissing) {
        try {
            if (!Files.exists(keysetFile)) {
                if (!createIfMissing) {
                    throw new IllegalStateException("The master keyset file " + keysetFile + " does not exist");
                }
                create(keysetFile);
            }
            String json = Files.readString(keysetFile, StandardCharsets.UTF_8);
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
            return handle.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the master keyset " + keysetFile + ": " + e.getMessage(), e);
        }
    }

    private static void create(Path keysetFile) throws IOException, GeneralSecurityException {
        Files.createDirectories(keysetFile.getParent());
        KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
        Files.writeString(keysetFile, json, StandardCharsets.UTF_8);
        try {
            Files.setPosixFilePermissions(keysetFile, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: rely on the directory's ACLs
        }
        log.warn("Generated a new master keyset at {}. Back it up: without it the personal data in the database cannot be read.",
                keysetFile.toAbsolutePath());
    }
}
