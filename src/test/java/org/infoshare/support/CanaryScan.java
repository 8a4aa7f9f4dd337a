package org.infoshare.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Looks for a value in clear anywhere in the database: every text, character, JSON and bytea column of every
 * table in the application's schema. Personal data sealed at rest must never be found.
 */
public final class CanaryScan {

    private CanaryScan() {
    }

    /** The {@code table.column} places holding the canary in clear; empty when none do. */
    public static List<String> placesHolding(JdbcClient jdbc, String canary) {
        List<Map<String, Object>> columns = jdbc.sql("""
                        select c.table_name, c.column_name, c.data_type from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                          and c.data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')""")
                .query().listOfRows();
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String type = (String) column.get("data_type");
            String sql = switch (type) {
                case "bytea" -> "select count(*) from \"" + table + "\" where position(:bytes in \"" + name + "\") > 0";
                case "json", "jsonb" -> "select count(*) from \"" + table + "\" where strpos(\"" + name + "\"::text, :text) > 0";
                default -> "select count(*) from \"" + table + "\" where strpos(\"" + name + "\", :text) > 0";
            };
            var query = jdbc.sql(sql);
            query = type.equals("bytea") ? query.param("bytes", canary.getBytes(StandardCharsets.UTF_8)) : query.param("text", canary);
            if (query.query(Long.class).single() > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    /** How many columns the scan covers, so a test can show it looked. */
    public static int columnsScanned(JdbcClient jdbc) {
        return jdbc.sql("""
                        select count(*) from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                          and c.data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')""")
                .query(Integer.class).single();
    }
}
