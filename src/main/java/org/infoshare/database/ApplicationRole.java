package org.infoshare.database;

import javax.sql.DataSource;

import org.postgresql.util.PasswordUtil;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The role infoshare connects to its embedded database as: an ordinary login role (no superuser, no
 * creating roles or databases, no replication, no bypassing row security, no membership of the roles that
 * read or write server files or run programs) that owns the application's schema and nothing else. Its
 * password is new at every start and is held only in memory.
 *
 * <p>Data directories from earlier versions hold tables owned by the superuser, which the application used
 * to connect as; their ownership passes to this role on the next start, so the data is kept and Flyway (which
 * runs as this role) can go on migrating them.
 */
final class ApplicationRole {

    static final String NAME = "infoshare";

    private ApplicationRole() {
    }

    /** Run as the superuser, connected to the {@code postgres} database. */
    static void prepareCluster(DataSource maintenance, String password) {
        JdbcTemplate superuser = new JdbcTemplate(maintenance);
        if (superuser.queryForObject("select count(*) from pg_roles where rolname = ?", Integer.class, NAME) == 0) {
            superuser.execute("create role " + NAME);
        }
        // A SCRAM verifier, not the password, so that a statement log could never show the password.
        superuser.execute("alter role " + NAME + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                + " connection limit -1 password '" + PasswordUtil.encodeScramSha256(password.toCharArray()) + "'");
        for (String powerful : superuser.queryForList("""
                select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid
                where m.member = (select oid from pg_roles where rolname = ?)""", String.class, NAME)) {
            superuser.execute("revoke \"" + powerful.replace("\"", "\"\"") + "\" from " + NAME);
        }
        if (superuser.queryForObject("select count(*) from pg_database where datname = ?", Integer.class, EmbeddedPostgresServer.DATABASE) == 0) {
            superuser.execute("create database " + EmbeddedPostgresServer.DATABASE);
        }
        superuser.execute("revoke all on database postgres from public");
        superuser.execute("revoke all on database template1 from public");
        superuser.execute("revoke all on database " + EmbeddedPostgresServer.DATABASE + " from public");
        superuser.execute("grant connect, temporary on database " + EmbeddedPostgresServer.DATABASE + " to " + NAME);
    }

    /** Run as the superuser, connected to the application's database. */
    static void prepareSchema(DataSource application) {
        JdbcTemplate superuser = new JdbcTemplate(application);
        superuser.execute("alter schema public owner to " + NAME);
        superuser.execute("revoke all on schema public from public");
        superuser.execute(TAKE_OVER_OBJECTS);
    }

    /**
     * Everything in the schema becomes the role's: tables first (their indexes, triggers, row types and
     * identity sequences follow them), then free-standing sequences, views, functions and types.
     */
    private static final String TAKE_OVER_OBJECTS = """
            do $$
            declare
                item record;
                role_oid oid := (select oid from pg_roles where rolname = '%1$s');
            begin
                for item in select c.oid::regclass as name, c.relkind from pg_class c
                            where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p', 'f')
                              and c.relowner <> role_oid loop
                    execute format('alter %%s %%s owner to %1$s',
                                   case item.relkind when 'f' then 'foreign table' else 'table' end, item.name);
                end loop;
                for item in select c.oid::regclass as name, c.relkind from pg_class c
                            where c.relnamespace = 'public'::regnamespace and c.relkind in ('S', 'v', 'm')
                              and c.relowner <> role_oid loop
                    execute format('alter %%s %%s owner to %1$s',
                                   case item.relkind when 'S' then 'sequence' when 'v' then 'view' else 'materialized view' end,
                                   item.name);
                end loop;
                for item in select p.oid::regprocedure as name from pg_proc p
                            where p.pronamespace = 'public'::regnamespace and p.proowner <> role_oid loop
                    execute format('alter routine %%s owner to %1$s', item.name);
                end loop;
                for item in select t.oid::regtype as name, t.typtype from pg_type t
                            where t.typnamespace = 'public'::regnamespace and t.typowner <> role_oid
                              and t.typtype in ('e', 'd', 'r')
                              and t.typelem = 0 loop
                    execute format('alter %%s %%s owner to %1$s', case item.typtype when 'd' then 'domain' else 'type' end, item.name);
                end loop;
            end $$""".formatted(NAME);
}
