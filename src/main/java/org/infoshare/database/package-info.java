/**
 * Where the data lives: an embedded PostgreSQL under the data directory when no external database is
 * configured, otherwise the JDBC URL given by {@code INFOSHARE_DB_URL}. Flyway migrates either.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.infoshare.database;
