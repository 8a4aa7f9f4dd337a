package org.infoshare.directory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of signing in's defences: counts of failed attempts and locks, authenticator apps (their secrets
 * sealed under the organisation's key), recovery codes (digests only) and each organisation's requirement
 * of a second step.
 */
@Repository
class SignInStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    SignInStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    // --- passwords, sessions and tokens ------------------------------------------------------------------

    /** A local account's password hash and whether it is locked; only for active users with a password. */
    record PasswordAccount(String passwordHash, boolean locked) {
    }

    Optional<PasswordAccount> passwordAccount(UUID id) {
        return jdbc.sql("select password_hash, locked_at from app_user where id = :id and status = 'ACTIVE' and password_hash is not null")
                .param("id", id)
                .query((rs, n) -> new PasswordAccount(rs.getString("password_hash"), rs.getObject("locked_at") != null))
                .optional();
    }

    /** Ends every session of this user that began before {@code at}. */
    void endSessions(UUID id, Instant at) {
        jdbc.sql("update app_user set sessions_not_before = :at where id = :id")
                .param("id", id).param("at", timestamp(at)).update();
    }

    /** Revokes every live API token of this user; how many were live. */
    int revokeTokensOf(UUID id, Instant now) {
        return jdbc.sql("update api_token set revoked_at = :now where user_id = :id and revoked_at is null")
                .param("id", id).param("now", timestamp(now)).update();
    }

    // --- failed attempts and locks ---------------------------------------------------------------------

    record Failures(int count, boolean locked) {
    }

    /** The account's failures so far, the row held until the transaction ends so that counts never race. */
    Optional<Failures> failuresForUpdate(UUID userId) {
        return jdbc.sql("select failed_sign_ins, locked_at from app_user where id = :id for update")
                .param("id", userId)
                .query((rs, n) -> new Failures(rs.getInt("failed_sign_ins"), rs.getObject("locked_at") != null))
                .optional();
    }

    void recordFailures(UUID userId, int failures, Instant lockedAt) {
        jdbc.sql("update app_user set failed_sign_ins = :failures, locked_at = coalesce(locked_at, :lockedAt) where id = :id")
                .param("id", userId).param("failures", failures).param("lockedAt", timestamp(lockedAt))
                .update();
    }

    /** Clears the count after a successful sign-in; true if there was anything to clear. */
    boolean clearFailures(UUID userId) {
        return jdbc.sql("update app_user set failed_sign_ins = 0 where id = :id and failed_sign_ins > 0")
                .param("id", userId).update() > 0;
    }

    /** Unlocks the account and clears its count; true if it was locked. */
    boolean unlock(UUID userId) {
        return jdbc.sql("update app_user set failed_sign_ins = 0, locked_at = null where id = :id and locked_at is not null")
                .param("id", userId).update() > 0;
    }

    // --- authenticator apps ----------------------------------------------------------------------------

    record AuthenticatorApp(String secret, Long lastTimeStep) {
    }

    boolean hasAuthenticatorApp(UUID userId) {
        return jdbc.sql("select count(*) from authenticator_app where user_id = :id").param("id", userId).query(Integer.class).single() > 0;
    }

    /** The app's secret and last step, the row held until the transaction ends so that no code is accepted twice. */
    Optional<AuthenticatorApp> authenticatorAppForUpdate(UUID userId, UUID organisationId) {
        return jdbc.sql("select secret_enc, last_time_step from authenticator_app where user_id = :id for update")
                .param("id", userId)
                .query((rs, n) -> new AuthenticatorApp(
                        cipher.decryptText(KeyScope.organisation(organisationId), rs.getBytes("secret_enc"), context(userId)),
                        (Long) rs.getObject("last_time_step")))
                .optional();
    }

    void saveAuthenticatorApp(UUID userId, UUID organisationId, String secret, long timeStep, Instant now) {
        jdbc.sql("""
                        insert into authenticator_app (user_id, secret_enc, last_time_step, created_at)
                        values (:id, :secret, :step, :now)
                        on conflict (user_id) do update set secret_enc = excluded.secret_enc,
                            last_time_step = excluded.last_time_step, created_at = excluded.created_at""")
                .param("id", userId)
                .param("secret", cipher.encryptText(KeyScope.organisation(organisationId), secret, context(userId)))
                .param("step", timeStep)
                .param("now", timestamp(now))
                .update();
    }

    void acceptTimeStep(UUID userId, long timeStep) {
        jdbc.sql("update authenticator_app set last_time_step = :step where user_id = :id")
                .param("id", userId).param("step", timeStep).update();
    }

    boolean removeAuthenticatorApp(UUID userId) {
        return jdbc.sql("delete from authenticator_app where user_id = :id").param("id", userId).update() > 0;
    }

    // --- recovery codes --------------------------------------------------------------------------------

    void replaceRecoveryCodes(UUID userId, Collection<byte[]> hashes, Instant now) {
        removeRecoveryCodes(userId);
        for (byte[] hash : hashes) {
            jdbc.sql("insert into recovery_code (user_id, code_hash, created_at) values (:id, :hash, :now)")
                    .param("id", userId).param("hash", hash).param("now", timestamp(now)).update();
        }
    }

    /** Uses up the unused code with this digest; false if there is none. */
    boolean useRecoveryCode(UUID userId, byte[] hash, Instant now) {
        return jdbc.sql("update recovery_code set used_at = :now where user_id = :id and code_hash = :hash and used_at is null")
                .param("id", userId).param("hash", hash).param("now", timestamp(now)).update() > 0;
    }

    int unusedRecoveryCodes(UUID userId) {
        return jdbc.sql("select count(*) from recovery_code where user_id = :id and used_at is null")
                .param("id", userId).query(Integer.class).single();
    }

    int removeRecoveryCodes(UUID userId) {
        return jdbc.sql("delete from recovery_code where user_id = :id").param("id", userId).update();
    }

    // --- passkeys (as a second step) ---------------------------------------------------------------------

    int passkeyCount(UUID userId) {
        return jdbc.sql("select count(*) from passkey where user_id = :id").param("id", userId).query(Integer.class).single();
    }

    // --- each organisation's requirement -----------------------------------------------------------------

    Set<Role> twoStepRoles(UUID organisationId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from organisation_two_step_role where organisation_id = :id")
                .param("id", organisationId).query(String.class).list().forEach(role -> roles.add(Role.valueOf(role)));
        return roles;
    }

    void replaceTwoStepRoles(UUID organisationId, Set<Role> roles) {
        jdbc.sql("delete from organisation_two_step_role where organisation_id = :id").param("id", organisationId).update();
        for (Role role : roles) {
            jdbc.sql("insert into organisation_two_step_role (organisation_id, role) values (:id, :role)")
                    .param("id", organisationId).param("role", role.name()).update();
        }
    }

    private static String context(UUID userId) {
        return "authenticator_app.secret:" + userId;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
