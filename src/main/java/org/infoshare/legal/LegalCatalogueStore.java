package org.infoshare.legal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.infoshare.directory.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The catalogue's SQL. Provisions are published law, held in clear. */
@Repository
class LegalCatalogueStore {

    private final JdbcClient jdbc;

    LegalCatalogueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises catalogue changes, so that versions are numbered without gaps or clashes. */
    void lock() {
        jdbc.sql("lock table legal_catalogue_version in share row exclusive mode").update();
    }

    int currentVersion() {
        return jdbc.sql("select coalesce(max(version), 0) from legal_catalogue_version").query(Integer.class).single();
    }

    boolean builtInReleaseLoaded(int release) {
        return jdbc.sql("select count(*) from legal_catalogue_version where built_in_release = :release")
                .param("release", release).query(Integer.class).single() > 0;
    }

    int newVersion(UUID actor, Integer builtInRelease, String change, Instant now) {
        int version = currentVersion() + 1;
        jdbc.sql("""
                        insert into legal_catalogue_version (version, created_at, created_by, built_in_release, change)
                        values (:version, :now, :actor, :release, :change)""")
                .param("version", version).param("now", timestamp(now)).param("actor", actor)
                .param("release", builtInRelease).param("change", change)
                .update();
        return version;
    }

    boolean exists(String code) {
        return jdbc.sql("select count(*) from legal_provision where code = :code").param("code", code).query(Integer.class).single() > 0;
    }

    void insert(LegalProvision provision, boolean builtIn, int version, UUID actor, Instant now) {
        jdbc.sql("""
                        insert into legal_provision (code, kind, citation, title, summary, holders, built_in, added_in_version, added_by, added_at)
                        values (:code, :kind, :citation, :title, :summary, :holders, :builtIn, :version, :actor, :now)""")
                .param("code", provision.code()).param("kind", provision.kind().name())
                .param("citation", provision.citation()).param("title", provision.title())
                .param("summary", provision.summary()).param("holders", holders(provision))
                .param("builtIn", builtIn).param("version", version).param("actor", actor).param("now", timestamp(now))
                .update();
    }

    /**
     * Brings a built-in provision's layer and holders up to the release in the code; its code, citation and
     * title never change. Returns whether anything changed.
     */
    boolean refreshBuiltIn(LegalProvision provision) {
        return jdbc.sql("""
                        update legal_provision set kind = :kind, holders = :holders
                        where code = :code and built_in and (kind <> :kind or holders <> :holders)""")
                .param("code", provision.code()).param("kind", provision.kind().name()).param("holders", holders(provision))
                .update() > 0;
    }

    private static String[] holders(LegalProvision provision) {
        return provision.holders().stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    List<CatalogueEntry> entries() {
        return jdbc.sql("select * from legal_provision order by added_in_version, code").query(LegalCatalogueStore::row).list();
    }

    Optional<CatalogueEntry> entry(String code) {
        return jdbc.sql("select * from legal_provision where code = :code").param("code", code).query(LegalCatalogueStore::row).optional();
    }

    private static CatalogueEntry row(ResultSet rs, int n) throws SQLException {
        OffsetDateTime added = rs.getObject("added_at", OffsetDateTime.class);
        java.util.Set<OrganisationType> holders = java.util.EnumSet.noneOf(OrganisationType.class);
        for (String holder : (String[]) rs.getArray("holders").getArray()) {
            holders.add(OrganisationType.valueOf(holder));
        }
        return new CatalogueEntry(
                new LegalProvision(rs.getString("code"), ProvisionKind.valueOf(rs.getString("kind")), rs.getString("citation"),
                        rs.getString("title"), rs.getString("summary"), holders),
                rs.getBoolean("built_in"), rs.getInt("added_in_version"), rs.getObject("added_by", UUID.class),
                added == null ? null : added.toInstant());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
