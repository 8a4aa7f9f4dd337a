package org.infoshare.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.infoshare.crypto.BlindIndex;
import org.infoshare.crypto.KeyScope;
import org.infoshare.crypto.PersonalDataCipher;
import org.infoshare.shared.Actor;
import org.infoshare.shared.Role;
import org.infoshare.shared.problem.ConflictException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The directory's SQL for staff and partner systems (organisations and teams are {@link OrganisationStore}'s,
 * API tokens {@link ApiTokenStore}'s). Staff identifying fields are sealed under the organisation's key here
 * and nowhere else; the context bound into each ciphertext names its column and row.
 */
@Repository
class DirectoryStore {

    static final String USERNAME_INDEX = "directory.username";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final BlindIndex blindIndex;

    DirectoryStore(JdbcClient jdbc, PersonalDataCipher cipher, BlindIndex blindIndex) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    // --- staff -----------------------------------------------------------------------------------------

    void insertStaff(UUID id, UUID organisationId, DirectoryCommands.NewStaffMember command, String passwordHash, Instant now) {
        KeyScope key = KeyScope.organisation(organisationId);
        String username = normaliseUsername(command.username());
        jdbc.sql("""
                        insert into app_user (id, organisation_id, kind, username_index, username_enc, display_name_enc,
                            email_enc, job_title_enc, password_hash, training_completed_on, training_expires_on,
                            vetting_level, vetting_checked_on, vetting_expires_on, status, created_at, updated_at, version)
                        values (:id, :organisation, :kind, :usernameIndex, :username, :displayName, :email, :jobTitle,
                            :passwordHash, :trainingCompleted, :trainingExpires, :vettingLevel, :vettingChecked,
                            :vettingExpires, 'ACTIVE', :now, :now, 0)""")
                .param("id", id)
                .param("organisation", organisationId)
                .param("kind", (command.kind() == null ? Actor.Kind.PERSON : command.kind()).name())
                .param("usernameIndex", blindIndex.of(USERNAME_INDEX, username))
                .param("username", cipher.encryptText(key, username, context("username", id)))
                .param("displayName", cipher.encryptText(key, command.displayName().strip(), context("display_name", id)))
                .param("email", cipher.encryptText(key, blankToNull(command.email()), context("email", id)))
                .param("jobTitle", cipher.encryptText(key, blankToNull(command.jobTitle()), context("job_title", id)))
                .param("passwordHash", passwordHash)
                .param("trainingCompleted", command.trainingCompletedOn())
                .param("trainingExpires", command.trainingExpiresOn())
                .param("vettingLevel", command.vettingLevel() == null ? null : command.vettingLevel().name())
                .param("vettingChecked", command.vettingCheckedOn())
                .param("vettingExpires", command.vettingExpiresOn())
                .param("now", timestamp(now))
                .update();
        replaceRoles(id, command.roles());
        replaceTeams(id, command.teamIds());
    }

    void updateStaff(StaffMember current, DirectoryCommands.UpdateStaffMember command, Instant now) {
        KeyScope key = KeyScope.organisation(current.organisationId());
        UUID id = current.id();
        int updated = jdbc.sql("""
                        update app_user set display_name_enc = :displayName, email_enc = :email, job_title_enc = :jobTitle,
                            updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id)
                .param("displayName", cipher.encryptText(key, command.displayName().strip(), context("display_name", id)))
                .param("email", cipher.encryptText(key, blankToNull(command.email()), context("email", id)))
                .param("jobTitle", cipher.encryptText(key, blankToNull(command.jobTitle()), context("job_title", id)))
                .param("now", timestamp(now))
                .param("version", command.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("user " + id + " changed since version " + command.version());
        }
        replaceRoles(id, command.roles());
        replaceTeams(id, command.teamIds());
    }

    void recordTraining(UUID id, LocalDate completedOn, LocalDate expiresOn, Instant now) {
        jdbc.sql("""
                        update app_user set training_completed_on = :completed, training_expires_on = :expires,
                            updated_at = :now, version = version + 1 where id = :id""")
                .param("id", id).param("completed", completedOn).param("expires", expiresOn).param("now", timestamp(now))
                .update();
    }

    void recordVetting(UUID id, VettingLevel level, LocalDate checkedOn, LocalDate expiresOn, Instant now) {
        jdbc.sql("""
                        update app_user set vetting_level = :level, vetting_checked_on = :checked, vetting_expires_on = :expires,
                            updated_at = :now, version = version + 1 where id = :id""")
                .param("id", id).param("level", level.name()).param("checked", checkedOn).param("expires", expiresOn)
                .param("now", timestamp(now))
                .update();
    }

    void revoke(UUID id, RevocationReason reason, Instant now) {
        jdbc.sql("""
                        update app_user set status = 'REVOKED', revoked_at = :now, revocation_reason = :reason,
                            sessions_not_before = :now, updated_at = :now, version = version + 1 where id = :id""")
                .param("id", id).param("reason", reason.name()).param("now", timestamp(now))
                .update();
        jdbc.sql("update api_token set revoked_at = :now where user_id = :id and revoked_at is null")
                .param("id", id).param("now", timestamp(now))
                .update();
    }

    void reinstate(UUID id, Instant now) {
        jdbc.sql("""
                        update app_user set status = 'ACTIVE', revoked_at = null, revocation_reason = null,
                            updated_at = :now, version = version + 1 where id = :id""")
                .param("id", id).param("now", timestamp(now))
                .update();
    }

    void setPassword(UUID id, String passwordHash, Instant now) {
        jdbc.sql("update app_user set password_hash = :hash, updated_at = :now, version = version + 1 where id = :id")
                .param("id", id).param("hash", passwordHash).param("now", timestamp(now))
                .update();
    }

    void linkFederatedIdentity(UUID id, String issuer, String subject) {
        jdbc.sql("update app_user set oidc_issuer = :issuer, oidc_subject = :subject where id = :id")
                .param("id", id).param("issuer", issuer).param("subject", subject)
                .update();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("select count(*) from app_user where username_index = :index")
                .param("index", blindIndex.of(USERNAME_INDEX, normaliseUsername(username)))
                .query(Integer.class).single() > 0;
    }

    Optional<StaffMember> staff(UUID id) {
        return jdbc.sql(STAFF_SELECT + " where u.id = :id").param("id", id).query(this::staffRow).optional();
    }

    List<StaffMember> staffOf(UUID organisationId) {
        return jdbc.sql(STAFF_SELECT + " where u.organisation_id = :organisation")
                .param("organisation", organisationId).query(this::staffRow).list();
    }

    /**
     * The organisation's staff matching the filter, in no order (their names are sealed): {@code status} ACTIVE (with
     * access), LEAVING (access set to end on a day) or REVOKED; added from {@code from} and before {@code toExclusive}.
     */
    List<StaffMember> staffOf(UUID organisationId, String status, String role, UUID team, OffsetDateTime from, OffsetDateTime toExclusive) {
        String where = " where u.organisation_id = :organisation" + switch (status == null ? "" : status) {
            case "ACTIVE" -> " and u.status = 'ACTIVE'";
            case "LEAVING" -> " and u.status = 'ACTIVE' and exists (select 1 from scheduled_revocation s where s.user_id = u.id)";
            case "REVOKED" -> " and u.status = 'REVOKED'";
            default -> "";
        } + (role == null ? "" : " and exists (select 1 from user_role r where r.user_id = u.id and r.role = :role)")
                + (team == null ? "" : " and exists (select 1 from team_member m where m.user_id = u.id and m.team_id = :team)")
                + (from == null ? "" : " and u.created_at >= :from") + (toExclusive == null ? "" : " and u.created_at < :to");
        return jdbc.sql(STAFF_SELECT + where).param("organisation", organisationId).param("role", role).param("team", team)
                .param("from", from).param("to", toExclusive).query(this::staffRow).list();
    }

    List<StaffMember> staffOfTeam(UUID teamId) {
        return jdbc.sql(STAFF_SELECT + " where u.id in (select user_id from team_member where team_id = :team)")
                .param("team", teamId).query(this::staffRow).list();
    }

    Optional<UUID> userIdByUsername(String username) {
        return jdbc.sql("select id from app_user where username_index = :index")
                .param("index", blindIndex.of(USERNAME_INDEX, normaliseUsername(username)))
                .query(UUID.class).optional();
    }

    Optional<UUID> userIdByFederatedIdentity(String issuer, String subject) {
        return jdbc.sql("select id from app_user where oidc_issuer = :issuer and oidc_subject = :subject")
                .param("issuer", issuer).param("subject", subject)
                .query(UUID.class).optional();
    }

    Optional<String> passwordHash(UUID id) {
        return jdbc.sql("select password_hash from app_user where id = :id and status = 'ACTIVE'")
                .param("id", id).query(String.class).optional();
    }

    /**
     * The request-time view of a user: one query, only for active users, and for a session (signedInAt given)
     * only if access has not been revoked since it began.
     */
    Optional<Actor> activeActor(UUID id, LocalDate today, Instant signedInAt) {
        return activeUser(id, today, signedInAt).map(ActiveUser::actor);
    }

    /**
     * A user as a session sees them on each request: the actor, whether they have a second step of signing
     * in set up, and the roles their organisation requires one for.
     */
    record ActiveUser(Actor actor, boolean secondStepSetUp, Set<Role> twoStepRoles) {
    }

    Optional<ActiveUser> activeUser(UUID id, LocalDate today, Instant signedInAt) {
        return jdbc.sql(ACTIVE_USER_COLUMNS + " from app_user u join organisation o on o.id = u.organisation_id where u.id = :id and u.status = 'ACTIVE'"
                        + (signedInAt == null ? "" : " and (u.sessions_not_before is null or u.sessions_not_before < :signedInAt)"))
                .param("id", id).param("signedInAt", timestamp(signedInAt))
                .query((rs, n) -> activeUser(rs, today))
                .optional();
    }

    /** The user a live API token acts for, with the token, in one statement: no second read for the actor. */
    record TokenUser(Actor actor, UUID tokenId, Instant lastUsedAt) {
    }

    Optional<TokenUser> activeTokenUser(byte[] tokenHash, Instant now, LocalDate today) {
        return jdbc.sql(ACTIVE_USER_COLUMNS + """
                        , t.id as token_id, t.last_used_at as token_last_used_at
                        from api_token t join app_user u on u.id = t.user_id join organisation o on o.id = u.organisation_id
                        where t.token_hash = :hash and t.revoked_at is null and t.expires_at > :now and u.status = 'ACTIVE'""")
                .param("hash", tokenHash).param("now", timestamp(now))
                .query((rs, n) -> new TokenUser(activeUser(rs, today).actor(), rs.getObject("token_id", UUID.class), instant(rs, "token_last_used_at")))
                .optional();
    }

    private ActiveUser activeUser(ResultSet rs, LocalDate today) throws SQLException {
        UUID userId = rs.getObject("id", UUID.class);
        UUID organisationId = rs.getObject("organisation_id", UUID.class);
        Actor.Kind kind = Actor.Kind.valueOf(rs.getString("kind"));
        String name = cipher.decryptText(KeyScope.organisation(organisationId), rs.getBytes("display_name_enc"), context("display_name", userId));
        Actor actor = new Actor(userId, organisationId, rs.getString("organisation_name"), name, kind, roles(rs.getArray("roles")),
                uuids(rs.getArray("teams")), StaffMember.trainingIsCurrent(kind, rs.getObject("training_expires_on", LocalDate.class), today));
        return new ActiveUser(actor, rs.getBoolean("second_step_set_up"), roles(rs.getArray("two_step_roles")));
    }

    /** Someone changed the record since the caller read it; refused so that forms show it like any other rule. */
    static ConflictException staleVersion() {
        return new ConflictException("version", "current-version",
                "Someone else changed this record since you read it. Read it again and reapply your change.");
    }

    /** Every organisation's name (by name), then the names of the teams and people among {@code ids}: one query. */
    Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        List<UUID> wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        String teamsAndPeople = wanted.isEmpty() ? "" : """
                union all select 1, id, name, null, null from team where id in (:ids)
                union all select 2, id, null, organisation_id, display_name_enc from app_user where id in (:ids)
                """;
        var query = jdbc.sql("select * from (select 0 as kind, id, name, null::uuid as organisation_id, null::bytea as display_name_enc"
                + " from organisation " + teamsAndPeople + ") named order by kind, lower(name)");
        if (!wanted.isEmpty()) {
            query = query.param("ids", wanted);
        }
        query.query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            names.put(id, rs.getInt("kind") < 2 ? rs.getString("name")
                    : cipher.decryptText(KeyScope.organisation(rs.getObject("organisation_id", UUID.class)),
                            rs.getBytes("display_name_enc"), context("display_name", id)));
        });
        return names;
    }

    /** Display names for many users at once (audit trails, access histories). */
    Map<UUID, String> displayNames(Collection<UUID> ids) {
        Map<UUID, String> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, organisation_id, display_name_enc from app_user where id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    UUID id = rs.getObject("id", UUID.class);
                    names.put(id, cipher.decryptText(KeyScope.organisation(rs.getObject("organisation_id", UUID.class)),
                            rs.getBytes("display_name_enc"), context("display_name", id)));
                });
        return names;
    }

    /** Whether user {@code u} has an authenticator app or a passkey: a second step of signing in. */
    static final String SECOND_STEP_SET_UP = """
            (exists (select 1 from authenticator_app a where a.user_id = u.id)
                or exists (select 1 from passkey p where p.user_id = u.id)) as second_step_set_up""";

    /** What a request needs of its active user (u) and their organisation (o), as {@link #activeUser(ResultSet, LocalDate)} reads it. */
    private static final String ACTIVE_USER_COLUMNS = """
            select u.id, u.organisation_id, o.name as organisation_name, u.kind, u.display_name_enc, u.training_expires_on,
                   array(select r.role from user_role r where r.user_id = u.id) as roles,
                   array(select m.team_id from team_member m where m.user_id = u.id) as teams,
            """ + SECOND_STEP_SET_UP + """
            ,
                   array(select t.role from organisation_two_step_role t where t.organisation_id = u.organisation_id) as two_step_roles
            """;

    private static final String STAFF_SELECT = """
            select u.*,
                   array(select r.role from user_role r where r.user_id = u.id) as roles,
                   array(select m.team_id from team_member m where m.user_id = u.id) as teams,
            """ + SECOND_STEP_SET_UP + """

            from app_user u""";

    private StaffMember staffRow(ResultSet rs, int row) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID organisationId = rs.getObject("organisation_id", UUID.class);
        KeyScope key = KeyScope.organisation(organisationId);
        OffsetDateTime revokedAt = rs.getObject("revoked_at", OffsetDateTime.class);
        String vetting = rs.getString("vetting_level");
        String reason = rs.getString("revocation_reason");
        return new StaffMember(
                id,
                organisationId,
                Actor.Kind.valueOf(rs.getString("kind")),
                cipher.decryptText(key, rs.getBytes("username_enc"), context("username", id)),
                cipher.decryptText(key, rs.getBytes("display_name_enc"), context("display_name", id)),
                cipher.decryptText(key, rs.getBytes("email_enc"), context("email", id)),
                cipher.decryptText(key, rs.getBytes("job_title_enc"), context("job_title", id)),
                roles(rs.getArray("roles")),
                uuids(rs.getArray("teams")),
                rs.getObject("training_completed_on", LocalDate.class),
                rs.getObject("training_expires_on", LocalDate.class),
                vetting == null ? null : VettingLevel.valueOf(vetting),
                rs.getObject("vetting_checked_on", LocalDate.class),
                rs.getObject("vetting_expires_on", LocalDate.class),
                "ACTIVE".equals(rs.getString("status")),
                revokedAt == null ? null : revokedAt.toInstant(),
                reason == null ? null : RevocationReason.valueOf(reason),
                rs.getString("password_hash") != null,
                rs.getString("oidc_subject") != null,
                rs.getInt("version"),
                instant(rs, "locked_at"),
                rs.getBoolean("second_step_set_up"));
    }

    private void replaceRoles(UUID userId, Set<Role> roles) {
        jdbc.sql("delete from user_role where user_id = :id").param("id", userId).update();
        for (Role role : roles) {
            jdbc.sql("insert into user_role (user_id, role) values (:id, :role)").param("id", userId).param("role", role.name()).update();
        }
    }

    private void replaceTeams(UUID userId, Set<UUID> teams) {
        jdbc.sql("delete from team_member where user_id = :id").param("id", userId).update();
        for (UUID team : teams == null ? Set.<UUID>of() : teams) {
            jdbc.sql("insert into team_member (user_id, team_id) values (:id, :team)").param("id", userId).param("team", team).update();
        }
    }

    // --- helpers ---------------------------------------------------------------------------------------

    static String normaliseUsername(String username) {
        return username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static String context(String column, UUID id) {
        return "app_user." + column + ":" + id;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Set<Role> roles(Array array) throws SQLException {
        String[] names = (String[]) array.getArray();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static Set<UUID> uuids(Array array) throws SQLException {
        return new HashSet<>(Arrays.asList((UUID[]) array.getArray()));
    }
}
