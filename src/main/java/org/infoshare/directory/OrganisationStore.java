package org.infoshare.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.directory.rules.TwoStepRequirement;
import org.infoshare.shared.Role;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The directory's SQL for organisations, their security assurance and their teams: published information, held in clear. */
@Repository
class OrganisationStore {

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- organisations -------------------------------------------------------------------------------

    void insertOrganisation(UUID id, DirectoryCommands.CreateOrganisation command, Instant now) {
        Contact dpo = contact(command.dataProtectionOfficer());
        Contact caldicott = contact(command.caldicottGuardian());
        jdbc.sql("""
                        insert into organisation (id, name, type, ico_registration, controller_role,
                            dpo_name, dpo_email, dpo_phone, caldicott_name, caldicott_email, caldicott_phone,
                            created_at, updated_at, version)
                        values (:id, :name, :type, :ico, :role, :dpoName, :dpoEmail, :dpoPhone,
                            :cgName, :cgEmail, :cgPhone, :now, :now, 0)""")
                .param("id", id)
                .param("name", command.name().strip())
                .param("type", command.type().name())
                .param("ico", DirectoryStore.blankToNull(command.icoRegistration()))
                .param("role", command.controllerRole().name())
                .param("dpoName", dpo.name()).param("dpoEmail", dpo.email()).param("dpoPhone", dpo.phone())
                .param("cgName", caldicott.name()).param("cgEmail", caldicott.email()).param("cgPhone", caldicott.phone())
                .param("now", DirectoryStore.timestamp(now))
                .update();
        for (Role role : TwoStepRequirement.DEFAULT_ROLES) {
            jdbc.sql("insert into organisation_two_step_role (organisation_id, role) values (:id, :role)")
                    .param("id", id).param("role", role.name()).update();
        }
    }

    void updateOrganisation(UUID id, DirectoryCommands.UpdateOrganisation command, Instant now) {
        Contact dpo = contact(command.dataProtectionOfficer());
        Contact caldicott = contact(command.caldicottGuardian());
        int updated = jdbc.sql("""
                        update organisation set name = :name, type = :type, ico_registration = :ico, controller_role = :role,
                            dpo_name = :dpoName, dpo_email = :dpoEmail, dpo_phone = :dpoPhone,
                            caldicott_name = :cgName, caldicott_email = :cgEmail, caldicott_phone = :cgPhone,
                            updated_at = :now, version = version + 1
                        where id = :id and version = :version""")
                .param("id", id)
                .param("name", command.name().strip())
                .param("type", command.type().name())
                .param("ico", DirectoryStore.blankToNull(command.icoRegistration()))
                .param("role", command.controllerRole().name())
                .param("dpoName", dpo.name()).param("dpoEmail", dpo.email()).param("dpoPhone", dpo.phone())
                .param("cgName", caldicott.name()).param("cgEmail", caldicott.email()).param("cgPhone", caldicott.phone())
                .param("now", DirectoryStore.timestamp(now))
                .param("version", command.version())
                .update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("organisation " + id + " changed since version " + command.version());
        }
    }

    boolean organisationNameTaken(String name, UUID except) {
        return jdbc.sql("select count(*) from organisation where lower(name) = lower(:name) and id <> :except")
                .param("name", name.strip())
                .param("except", except == null ? new UUID(0, 0) : except)
                .query(Integer.class).single() > 0;
    }

    Optional<Organisation> organisation(UUID id) {
        return jdbc.sql("select * from organisation where id = :id").param("id", id)
                .query(this::organisationRow).optional()
                .map(row -> withAssurances(row, assurances(List.of(id)).getOrDefault(id, List.of())));
    }

    List<Organisation> organisations() {
        List<Organisation> rows = jdbc.sql("select * from organisation order by lower(name)").query(this::organisationRow).list();
        Map<UUID, List<SecurityAssurance>> assurances = assurances(rows.stream().map(Organisation::id).toList());
        return rows.stream().map(row -> withAssurances(row, assurances.getOrDefault(row.id(), List.of()))).toList();
    }

    Map<UUID, OrganisationType> organisationTypes(Collection<UUID> ids) {
        Map<UUID, OrganisationType> types = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, type from organisation where id in (:ids)").param("ids", ids)
                    .query(rs -> {
                        types.put(rs.getObject("id", UUID.class), OrganisationType.valueOf(rs.getString("type")));
                    });
        }
        return types;
    }

    void insertAssurance(UUID organisationId, UUID id, DirectoryCommands.AddAssurance command) {
        jdbc.sql("""
                        insert into security_assurance (id, organisation_id, scheme, level, reference, valid_until)
                        values (:id, :organisation, :scheme, :level, :reference, :validUntil)""")
                .param("id", id)
                .param("organisation", organisationId)
                .param("scheme", command.scheme().name())
                .param("level", DirectoryStore.blankToNull(command.level()))
                .param("reference", DirectoryStore.blankToNull(command.reference()))
                .param("validUntil", command.validUntil())
                .update();
    }

    boolean deleteAssurance(UUID organisationId, UUID assuranceId) {
        return jdbc.sql("delete from security_assurance where id = :id and organisation_id = :organisation")
                .param("id", assuranceId).param("organisation", organisationId).update() > 0;
    }

    private Map<UUID, List<SecurityAssurance>> assurances(Collection<UUID> organisationIds) {
        Map<UUID, List<SecurityAssurance>> byOrganisation = new LinkedHashMap<>();
        if (organisationIds.isEmpty()) {
            return byOrganisation;
        }
        jdbc.sql("select * from security_assurance where organisation_id in (:ids) order by valid_until desc")
                .param("ids", organisationIds)
                .query(rs -> {
                    byOrganisation.computeIfAbsent(rs.getObject("organisation_id", UUID.class), k -> new ArrayList<>())
                            .add(new SecurityAssurance(rs.getObject("id", UUID.class),
                                    AssuranceScheme.valueOf(rs.getString("scheme")), rs.getString("level"),
                                    rs.getString("reference"), rs.getObject("valid_until", LocalDate.class)));
                });
        return byOrganisation;
    }

    private Organisation organisationRow(ResultSet rs, int row) throws SQLException {
        return new Organisation(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                OrganisationType.valueOf(rs.getString("type")),
                rs.getString("ico_registration"),
                ControllerRole.valueOf(rs.getString("controller_role")),
                new Contact(rs.getString("dpo_name"), rs.getString("dpo_email"), rs.getString("dpo_phone")),
                new Contact(rs.getString("caldicott_name"), rs.getString("caldicott_email"), rs.getString("caldicott_phone")),
                List.of(),
                rs.getInt("version"));
    }

    private static Organisation withAssurances(Organisation o, List<SecurityAssurance> assurances) {
        return new Organisation(o.id(), o.name(), o.type(), o.icoRegistration(), o.controllerRole(),
                o.dataProtectionOfficer(), o.caldicottGuardian(), List.copyOf(assurances), o.version());
    }

    // --- teams -----------------------------------------------------------------------------------------

    void insertTeam(UUID id, UUID organisationId, DirectoryCommands.SaveTeam command, Instant now) {
        jdbc.sql("""
                        insert into team (id, organisation_id, name, description, created_at)
                        values (:id, :organisation, :name, :description, :now)""")
                .param("id", id).param("organisation", organisationId)
                .param("name", command.name().strip()).param("description", DirectoryStore.blankToNull(command.description()))
                .param("now", DirectoryStore.timestamp(now))
                .update();
    }

    void updateTeam(UUID id, DirectoryCommands.SaveTeam command) {
        jdbc.sql("update team set name = :name, description = :description where id = :id")
                .param("id", id).param("name", command.name().strip())
                .param("description", DirectoryStore.blankToNull(command.description()))
                .update();
    }

    boolean teamNameTaken(UUID organisationId, String name, UUID except) {
        return jdbc.sql("select count(*) from team where organisation_id = :organisation and lower(name) = lower(:name) and id <> :except")
                .param("organisation", organisationId).param("name", name.strip())
                .param("except", except == null ? new UUID(0, 0) : except)
                .query(Integer.class).single() > 0;
    }

    List<Team> teams(UUID organisationId) {
        return jdbc.sql("select * from team where organisation_id = :organisation order by lower(name)")
                .param("organisation", organisationId).query(OrganisationStore::teamRow).list();
    }

    Optional<Team> team(UUID id) {
        return jdbc.sql("select * from team where id = :id").param("id", id).query(OrganisationStore::teamRow).optional();
    }

    private static Team teamRow(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("name"), rs.getString("description"));
    }

    private static Contact contact(DirectoryCommands.ContactDetails details) {
        return details == null ? Contact.NONE
                : new Contact(DirectoryStore.blankToNull(details.name()), DirectoryStore.blankToNull(details.email()),
                        DirectoryStore.blankToNull(details.phone()));
    }
}
