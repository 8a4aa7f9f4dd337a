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
            "passkey", "passkey_user", "ledger_entry");

    private RowCounts() {
    }

    public static Map<String, Long> of(JdbcClient jdbc) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, jdbc.sql("select count(*) from " + table).query(Long.class).single());
        }
        return counts;
    }
}
