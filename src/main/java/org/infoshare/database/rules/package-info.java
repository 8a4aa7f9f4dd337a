/**
 * Plain-Java policies for the data directory: which files hold secrets safely enough to start with, and
 * whether a PostgreSQL server left running is this data directory's own and may be stopped.
 */
package org.infoshare.database.rules;
