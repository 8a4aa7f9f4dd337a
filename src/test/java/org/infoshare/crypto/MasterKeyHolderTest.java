package org.infoshare.crypto;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import org.infoshare.database.InfoshareProperties;
import org.infoshare.database.OwnerOnlyFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Where the master keyset lives and how it is guarded: beside the data directory, never in it; private to its
 * owner or no start; an earlier version's keyset moved out of the data directory without losing a key; and,
 * with a key service, held in the file only wrapped by the service's key.
 */
class MasterKeyHolderTest {

    private static final byte[] PLAINTEXT = "Zebedee Quillfeather".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CONTEXT = "app_user.display_name_enc:1".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path root;

    @BeforeAll
    static void tink() throws Exception {
        AeadConfig.register();
    }

    private MasterKeyHolder holder(String keysetFile, String keysDir, String keyUri) {
        return new MasterKeyHolder(new KeysProperties(keysetFile, keysDir, keyUri, null),
                new InfoshareProperties(root.resolve("data"), "false", null));
    }

    private String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewKeysetIsGeneratedBesideTheDataDirectoryPrivateToItsOwner() throws Exception {
        MasterKeyHolder holder = holder(null, null, null);

        assertThat(holder.file()).isEqualTo(root.resolve("keys").resolve("master-keyset.json"));
        assertThat(holder.file().startsWith(root.resolve("data"))).isFalse();
        assertThat(permissions(holder.file())).isEqualTo("rw-------");
        assertThat(permissions(holder.file().getParent())).isEqualTo("rwx------");
        // The next start finds the same key.
        byte[] sealed = holder.aead().encrypt(PLAINTEXT, CONTEXT);
        assertThat(holder(null, null, null).aead().decrypt(sealed, CONTEXT)).isEqualTo(PLAINTEXT);
        // INFOSHARE_KEYS_DIR puts it elsewhere.
        assertThat(holder(null, root.resolve("vault").toString(), null).file()).isEqualTo(root.resolve("vault").resolve("master-keyset.json"));
    }

    @Test
    void aKeysetOthersCouldReadStopsTheStart() throws Exception {
        Path file = holder(null, null, null).file();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        OwnerOnlyFiles.UnsafeSecretFileException refused = catchThrowableOfType(OwnerOnlyFiles.UnsafeSecretFileException.class,
                () -> holder(null, null, null));
        assertThat(refused.getMessage()).startsWith("The master keyset " + file).contains("rw-r-----").contains("group can read")
                .contains("will not start");

        Path supplied = root.resolve("secrets").resolve("keyset.json");
        Files.createDirectories(supplied.getParent());
        Files.copy(file, supplied);
        Files.setPosixFilePermissions(supplied, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(catchThrowableOfType(OwnerOnlyFiles.UnsafeSecretFileException.class, () -> holder(supplied.toString(), null, null))
                .getMessage()).contains("INFOSHARE_MASTER_KEYSET_FILE").contains("others can read");

        Files.setPosixFilePermissions(supplied, PosixFilePermissions.fromString("r--------"));
        assertThat(holder(supplied.toString(), null, null).aead()).isNotNull();
    }

    @Test
    void aKeysetInsideTheDataDirectoryIsMovedOutWithItsKey() throws Exception {
        Path former = root.resolve("data").resolve("keys").resolve("master-keyset.json");
        KeysetHandle earlier = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
        String json = TinkJsonProtoKeysetFormat.serializeKeyset(earlier, InsecureSecretKeyAccess.get());
        Files.createDirectories(former.getParent());
        Files.writeString(former, json);
        Files.setPosixFilePermissions(former, PosixFilePermissions.fromString("rw-------"));
        byte[] sealedEarlier = earlier.getPrimitive(RegistryConfiguration.get(), Aead.class).encrypt(PLAINTEXT, CONTEXT);

        MasterKeyHolder holder = holder(null, null, null);

        assertThat(Files.readString(holder.file())).isEqualTo(json);
        assertThat(permissions(holder.file())).isEqualTo("rw-------");
        assertThat(former.toFile()).doesNotExist();
        assertThat(former.getParent().toFile()).as("the emptied keys directory goes too").doesNotExist();
        assertThat(holder.aead().decrypt(sealedEarlier, CONTEXT)).isEqualTo(PLAINTEXT);
    }

    @Test
    void twoDifferentKeysetsStopTheStartRatherThanGuess() throws Exception {
        Path current = holder(null, null, null).file();
        Path former = root.resolve("data").resolve("keys").resolve("master-keyset.json");
        Files.createDirectories(former.getParent());
        Files.writeString(former, TinkJsonProtoKeysetFormat.serializeKeyset(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                InsecureSecretKeyAccess.get()));
        byte[] before = Files.readAllBytes(current);

        Throwable refused = catchThrowable(() -> holder(null, null, null));

        assertThat(refused).hasMessageContaining("Two different master keysets exist").hasMessageContaining(current.toString())
                .hasMessageContaining(former.toString());
        assertThat(Files.readAllBytes(current)).isEqualTo(before);
        assertThat(former.toFile()).exists();
    }

    @Test
    void withAKeyServiceTheFileHoldsTheKeysetOnlyWrapped() throws Exception {
        String uri = LocalKeyService.PREFIX + "wrap-" + root.getFileName();
        long callsBefore = LocalKeyService.calls();
        MasterKeyHolder holder = holder(null, null, uri);
        String stored = Files.readString(holder.file());

        assertThat(MasterKey.isWrapped(stored)).isTrue();
        assertThat(stored).doesNotContain("\"keyData\"");
        assertThat(catchThrowable(() -> TinkJsonProtoKeysetFormat.parseKeyset(stored, InsecureSecretKeyAccess.get()))).isNotNull();
        assertThat(LocalKeyService.calls()).isGreaterThan(callsBefore);
        byte[] sealed = holder.aead().encrypt(PLAINTEXT, CONTEXT);
        assertThat(holder(null, null, uri).aead().decrypt(sealed, CONTEXT)).isEqualTo(PLAINTEXT);

        // Without the service's key the file opens nothing: not without the setting, not with another key.
        assertThat(catchThrowable(() -> holder(null, null, null))).hasMessageContaining("is wrapped by a key service")
                .hasMessageContaining("INFOSHARE_MASTER_KEY_URI");
        assertThat(catchThrowable(() -> holder(null, null, LocalKeyService.PREFIX + "another-key"))).isNotNull();
        assertThat(Files.readString(holder.file())).isEqualTo(stored);
    }

    @Test
    void aKeysetInClearIsWrappedWhenAKeyServiceIsConfigured() throws Exception {
        MasterKeyHolder clear = holder(null, null, null);
        assertThat(MasterKey.isWrapped(Files.readString(clear.file()))).isFalse();
        byte[] sealed = clear.aead().encrypt(PLAINTEXT, CONTEXT);

        MasterKeyHolder wrapped = holder(null, null, LocalKeyService.PREFIX + "convert-" + root.getFileName());

        assertThat(MasterKey.isWrapped(Files.readString(wrapped.file()))).isTrue();
        assertThat(permissions(wrapped.file())).isEqualTo("rw-------");
        assertThat(wrapped.aead().decrypt(sealed, CONTEXT)).isEqualTo(PLAINTEXT);
    }

    @Test
    void aKeyServiceNoClientSupportsStopsTheStartNamingTheClientsFound() {
        Throwable refused = catchThrowable(() -> holder(null, null, "acme-hsm://keys/master"));
        assertThat(refused).hasMessageContaining("No key service client on the class path supports INFOSHARE_MASTER_KEY_URI=acme-hsm://keys/master")
                .hasMessageContaining(LocalKeyService.class.getName());
        assertThat(root.resolve("keys").resolve("master-keyset.json").toFile()).doesNotExist();
    }
}
