package org.infoshare.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How many rows the directory and the ledger hold, to show that a refused request wrote nothing: take the
 * counts before, make the request, and compare.
 */
public final class RowCounts {

    public static final List<String> TABLES = List.of("organisation", "security_assurance", "team", "app_user",
            "user_role", "team_member", "api_token", "organisation_two_step_role", "authenticator_app", "recovery_code",
            "passkey", "passkey_user", "ledger_entry", "data_subject", "subject_relationship", "consent_record", "sharing_decision");

    private RowCounts() {
    }

    /**
     * Every table of the application's schema, except those the background jobs fill on their own: the ledger's
     * chain, its queue of entries to link and its checkpoints (each ledger entry itself is counted), and the
     * scheduled jobs' cluster locks.
     */
    public static Map<String, Long> ofEveryTable(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                        select tablename from pg_tables where schemaname = current_schema()
                          and tablename not in ('flyway_schema_history', 'ledger_chain', 'ledger_pending', 'ledger_checkpoint', 'shedlock')
                        order by tablename""")
                .query(String.class).list();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
        }
        return counts;
    }

    public static Map<String, Long> of(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
