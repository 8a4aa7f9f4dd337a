package org.infoshare.crypto;

import java.nio.file.Path;
import java.util.Optional;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.signature.SignatureConfig;
import org.infoshare.database.InfoshareProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Loads (or, on a first start, creates) the master keyset, from its own place outside the data directory. */
@Component
@EnableConfigurationProperties(KeysProperties.class)
class MasterKeyHolder {

    private static final Logger log = LoggerFactory.getLogger(MasterKeyHolder.class);

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
        boolean configured = KeysProperties.given(keys.masterKeysetFile());
        Path dataDir = infoshare.dataDir().toAbsolutePath().normalize();
        if (configured) {
            this.file = Path.of(keys.masterKeysetFile()).toAbsolutePath().normalize();
            if (file.startsWith(dataDir)) {
                log.warn("INFOSHARE_MASTER_KEYSET_FILE ({}) lies inside the data directory: a copy of the data directory would"
                        + " carry the key that decrypts it. Keep it elsewhere.", file);
            }
        } else {
            Path directory = KeysProperties.given(keys.directory()) ? Path.of(keys.directory()) : MasterKeyLocation.defaultDirectory(dataDir);
            this.file = directory.toAbsolutePath().normalize().resolve(MasterKeyLocation.FILE_NAME);
            MasterKeyLocation.moveOutOfDataDirectory(MasterKeyLocation.formerFile(dataDir), file);
        }
        Optional<Aead> keyService = KeysProperties.given(keys.masterKeyUri())
                ? Optional.of(KeyService.aead(keys.masterKeyUri().strip(), keys.masterKeyCredentials()))
                : Optional.empty();
        // An operator-supplied key must exist: silently minting a new one would orphan all existing data.
        this.aead = MasterKey.load(file, !configured, keyService,
                configured ? "INFOSHARE_MASTER_KEYSET_FILE" : null);
    }

    Aead aead() {
        return aead;
    }

    Path file() {
        return file;
    }
}
