package org.infoshare.crypto;

import java.nio.file.Path;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.signature.SignatureConfig;
import org.infoshare.database.InfoshareProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Loads (or, on a first start, creates) the master keyset. */
@Component
@EnableConfigurationProperties(KeysProperties.class)
class MasterKeyHolder {

    static {
        try {
            AeadConfig.register();
            PrfConfig.register();
            SignatureConfig.register();
        } catch (java.security.GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead aead;
    private final Path file;

    MasterKeyHolder(KeysProperties keys, InfoshareProperties infoshare) {
        boolean configured = keys.masterKeysetFile() != null && !keys.masterKeysetFile().isBlank();
        this.file = configured ? Path.of(keys.masterKeysetFile())
                : infoshare.dataDir().resolve("keys").resolve("master-keyset.json");
        // An operator-supplied key must exist: silently minting a new one would orphan all existing data.
        this.aead = MasterKey.load(file, !configured);
    }

    Aead aead() {
        return aead;
    }

    Path file() {
        return file;
    }
}
