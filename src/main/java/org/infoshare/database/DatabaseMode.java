package org.infoshare.database;

/** Whether this instance runs on its own embedded PostgreSQL or on an operator's server. */
public enum DatabaseMode {
    EMBEDDED, EXTERNAL
}
