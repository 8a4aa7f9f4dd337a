package org.infoshare.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.stereotype.Repository;

/**
 * The SQL of passkeys: each user's random handle, and their credentials (public keys and counters; the label
 * a person gives a passkey is sealed under their organisation's key).
 */
@Repository
class PasskeyStore {

    static final int MAX_LABEL = 100;

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    PasskeyStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    Optional<byte[]> handle(UUID userId) {
        return jdbc.sql("select handle from passkey_user where user_id = :id").param("id", userId).query(byte[].class).optional();
    }

    Optional<UUID> userByHandle(byte[] handle) {
        return jdbc.sql("select user_id from passkey_user where handle = :handle").param("handle", handle).query(UUID.class).optional();
    }

    void saveHandle(UUID userId, byte[] handle) {
        jdbc.sql("insert into passkey_user (user_id, handle) values (:id, :handle) on conflict (user_id) do nothing")
                .param("id", userId).param("handle", handle).update();
    }

    void deleteHandle(byte[] handle) {
        jdbc.sql("delete from passkey_user where handle = :handle and not exists "
                        + "(select 1 from passkey p where p.user_id = passkey_user.user_id)")
                .param("handle", handle).update();
    }

    /** A credential with the user it belongs to. */
    record StoredPasskey(UUID userId, UUID organisationId, CredentialRecord record) {
    }

    Optional<StoredPasskey> byCredentialId(byte[] credentialId) {
        return jdbc.sql(SELECT + " where p.credential_id = :id").param("id", credentialId).query(this::row).optional();
    }

    List<StoredPasskey> ofUser(UUID userId) {
        return jdbc.sql(SELECT + " where p.user_id = :id order by p.created_at").param("id", userId).query(this::row).list();
    }

    void insert(UUID userId, UUID organisationId, CredentialRecord record, Instant now) {
        String label = record.getLabel() == null ? null : record.getLabel().strip();
        if (label != null && label.length() > MAX_LABEL) {
            label = label.substring(0, MAX_LABEL);
        }
        byte[] credentialId = record.getCredentialId().getBytes();
        jdbc.sql("""
                        insert into passkey (credential_id, user_id, label_enc, credential_type, public_key, signature_count,
                            uv_initialized, backup_eligible, backup_state, transports, attestation_object,
                            attestation_client_data_json, created_at, last_used_at)
                        values (:id, :user, :label, :type, :key, :count, :uv, :eligible, :state, :transports, :attestation,
                            :clientData, :now, :now)""")
                .param("id", credentialId)
                .param("user", userId)
                .param("label", cipher.encryptText(KeyScope.organisation(organisationId), label, context(credentialId)))
                .param("type", record.getCredentialType() == null ? PublicKeyCredentialType.PUBLIC_KEY.getValue() : record.getCredentialType().getValue())
                .param("key", record.getPublicKey().getBytes())
                .param("count", record.getSignatureCount())
                .param("uv", record.isUvInitialized())
                .param("eligible", record.isBackupEligible())
                .param("state", record.isBackupState())
                .param("transports", record.getTransports() == null ? ""
                        : record.getTransports().stream().map(AuthenticatorTransport::getValue).sorted().collect(Collectors.joining(",")))
                .param("attestation", record.getAttestationObject() == null ? null : record.getAttestationObject().getBytes())
                .param("clientData", record.getAttestationClientDataJSON() == null ? null : record.getAttestationClientDataJSON().getBytes())
                .param("now", timestamp(now))
                .update();
    }

    /** After a sign-in: the authenticator's counter and backup state, and when it was last used. */
    void used(CredentialRecord record, Instant now) {
        jdbc.sql("""
                        update passkey set signature_count = :count, uv_initialized = :uv, backup_state = :state, last_used_at = :now
                        where credential_id = :id""")
                .param("id", record.getCredentialId().getBytes())
                .param("count", record.getSignatureCount())
                .param("uv", record.isUvInitialized())
                .param("state", record.isBackupState())
                .param("now", timestamp(now))
                .update();
    }

    boolean delete(byte[] credentialId) {
        return jdbc.sql("delete from passkey where credential_id = :id").param("id", credentialId).update() > 0;
    }

    int deleteAllOf(UUID userId) {
        int deleted = jdbc.sql("delete from passkey where user_id = :id").param("id", userId).update();
        jdbc.sql("delete from passkey_user where user_id = :id").param("id", userId).update();
        return deleted;
    }

    private static final String SELECT = """
            select p.*, u.organisation_id, h.handle from passkey p
            join app_user u on u.id = p.user_id
            join passkey_user h on h.user_id = p.user_id""";

    private StoredPasskey row(ResultSet rs, int n) throws SQLException {
        byte[] credentialId = rs.getBytes("credential_id");
        UUID organisationId = rs.getObject("organisation_id", UUID.class);
        String transports = rs.getString("transports");
        Set<AuthenticatorTransport> transportSet = transports == null || transports.isEmpty() ? Set.of()
                : Arrays.stream(transports.split(",")).map(AuthenticatorTransport::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
        byte[] attestation = rs.getBytes("attestation_object");
        byte[] clientData = rs.getBytes("attestation_client_data_json");
        OffsetDateTime lastUsed = rs.getObject("last_used_at", OffsetDateTime.class);
        CredentialRecord record = ImmutableCredentialRecord.builder()
                .credentialId(new Bytes(credentialId))
                .userEntityUserId(new Bytes(rs.getBytes("handle")))
                .credentialType(PublicKeyCredentialType.valueOf(rs.getString("credential_type")))
                .publicKey(new ImmutablePublicKeyCose(rs.getBytes("public_key")))
                .signatureCount(rs.getLong("signature_count"))
                .uvInitialized(rs.getBoolean("uv_initialized"))
                .backupEligible(rs.getBoolean("backup_eligible"))
                .backupState(rs.getBoolean("backup_state"))
                .transports(transportSet)
                .attestationObject(attestation == null ? null : new Bytes(attestation))
                .attestationClientDataJSON(clientData == null ? null : new Bytes(clientData))
                .label(cipher.decryptText(KeyScope.organisation(organisationId), rs.getBytes("label_enc"), context(credentialId)))
                .created(rs.getObject("created_at", OffsetDateTime.class).toInstant())
                .lastUsed(lastUsed == null ? null : lastUsed.toInstant())
                .build();
        return new StoredPasskey(rs.getObject("user_id", UUID.class), organisationId, record);
    }

    private static String context(byte[] credentialId) {
        return "passkey.label:" + new Bytes(credentialId).toBase64UrlString();
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
