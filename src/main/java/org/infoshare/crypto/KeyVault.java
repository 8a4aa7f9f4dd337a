package org.infoshare.crypto;

import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Parameters;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Data keys, stored wrapped by the master key in {@code crypto_key}. A key is created the first time its
 * scope needs one, in a transaction of its own so that concurrent first uses agree on a single key.
 */
@Component
class KeyVault {

    enum Purpose { AEAD, PRF, SIGNING }

    private record KeyRef(KeyScope scope, Purpose purpose) {
    }

    private final JdbcClient jdbc;
    private final Aead master;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Map<KeyRef, KeysetHandle> cache = new ConcurrentHashMap<>();

    KeyVault(JdbcClient jdbc, MasterKeyHolder master, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.master = master.aead();
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The scope's key, created on first use. */
    KeysetHandle obtain(KeyScope scope, Purpose purpose, Parameters parameters) {
        KeyRef ref = new KeyRef(scope, purpose);
        KeysetHandle cached = cache.get(ref);
        if (cached != null) {
            return cached;
        }
        Optional<KeysetHandle> existing = load(ref);
        if (existing.isPresent()) {
            return existing.get();
        }
        ownTransaction.executeWithoutResult(status -> insertIfAbsent(ref, parameters));
        return load(ref).orElseThrow(() -> new KeyDestroyedException(scope));
    }

    /** The scope's key if it was ever created; never creates one (reading must not mint keys). */
    Optional<KeysetHandle> existing(KeyScope scope, Purpose purpose) {
        KeyRef ref = new KeyRef(scope, purpose);
        KeysetHandle cached = cache.get(ref);
        return cached != null ? Optional.of(cached) : load(ref);
    }

    /** Destroys every key of the scope; returns whether there was anything to destroy. */
    boolean destroy(KeyScope scope) {
        int destroyed = jdbc.sql("""
                        update crypto_key set wrapped_keyset = null, destroyed_at = :now
                        where scope_type = :type and scope_id = :id and wrapped_keyset is not null""")
                .param("now", OffsetDateTime.now(clock))
                .param("type", scope.type().name())
                .param("id", scope.id())
                .update();
        for (Purpose purpose : Purpose.values()) {
            cache.remove(new KeyRef(scope, purpose));
        }
        return destroyed > 0;
    }

    int destroyAll(KeyScope.Type type, java.util.Collection<java.util.UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        int destroyed = jdbc.sql("""
                        update crypto_key set wrapped_keyset = null, destroyed_at = :now
                        where scope_type = :type and scope_id = any(:ids) and wrapped_keyset is not null""")
                .param("now", OffsetDateTime.now(clock))
                .param("type", type.name())
                .param("ids", ids.toArray(new java.util.UUID[0]))
                .update();
        java.util.Set<java.util.UUID> gone = new java.util.HashSet<>(ids);
        cache.keySet().removeIf(ref -> ref.scope().type() == type && gone.contains(ref.scope().id()));
        return destroyed;
    }

    boolean isDestroyed(KeyScope scope) {
        return jdbc.sql("select count(*) from crypto_key where scope_type = :type and scope_id = :id and wrapped_keyset is null")
                .param("type", scope.type().name())
                .param("id", scope.id())
                .query(Integer.class).single() > 0;
    }

    private Optional<KeysetHandle> load(KeyRef ref) {
        Optional<Map<String, Object>> row = jdbc.sql("""
                        select wrapped_keyset from crypto_key
                        where scope_type = :type and scope_id = :id and purpose = :purpose""")
                .param("type", ref.scope().type().name())
                .param("id", ref.scope().id())
                .param("purpose", ref.purpose().name())
                .query().listOfRows().stream().findFirst();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        byte[] wrapped = (byte[]) row.get().get("wrapped_keyset");
        if (wrapped == null) {
            throw new KeyDestroyedException(ref.scope());
        }
        try {
            KeysetHandle handle = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, associatedData(ref));
            cache.put(ref, handle);
            return Optional.of(handle);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The " + ref + " key cannot be unwrapped: is this the right master key?", e);
        }
    }

    private void insertIfAbsent(KeyRef ref, Parameters parameters) {
        try {
            KeysetHandle handle = KeysetHandle.generateNew(parameters);
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master, associatedData(ref));
            jdbc.sql("""
                            insert into crypto_key (scope_type, scope_id, purpose, wrapped_keyset, created_at)
                            values (:type, :id, :purpose, :wrapped, :now)
                            on conflict (scope_type, scope_id, purpose) do nothing""")
                    .param("type", ref.scope().type().name())
                    .param("id", ref.scope().id())
                    .param("purpose", ref.purpose().name())
                    .param("wrapped", wrapped)
                    .param("now", OffsetDateTime.now(clock))
                    .update();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot create a key for " + ref, e);
        }
    }

    /** Binds each wrapped keyset to its scope, so that a wrapped key copied onto another row will not open. */
    private static byte[] associatedData(KeyRef ref) {
        return (ref.scope().type() + ":" + ref.scope().id() + ":" + ref.purpose())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
