package org.infoshare.database;

import java.util.Map;

/**
 * A condition on a query's rows with its named parameters, handed by the module that owns a rule to the module that
 * lists the rows (need to know as SQL, for instance), so that the list is narrowed before it is counted and paged.
 *
 * @param sql a boolean SQL expression; its parameters are named and their names start with the owner's prefix
 */
public record SqlCondition(String sql, Map<String, Object> params) {

    public SqlCondition {
        params = Map.copyOf(params);
    }

    /** No narrowing. */
    public static SqlCondition always() {
        return new SqlCondition("true", Map.of());
    }
}
