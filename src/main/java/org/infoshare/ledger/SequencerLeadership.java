package org.infoshare.ledger;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which instance links the chain: the one holding a session-level PostgreSQL advisory lock on a connection
 * of its own. Every instance's thread here tries to take the lock every second; the holder keeps its
 * connection open, listens on it for other instances' "entries are waiting" notifications, and passes them on
 * as nudges. When the holder dies its connection closes, PostgreSQL releases the lock, and another instance
 * takes it within about a second; a holder whose machine vanishes without closing its connection is found by
 * TCP keepalives within about eleven seconds (set on that connection). A holder that loses its connection
 * stops leading at once.
 *
 * <p>Leading is an economy, not what keeps the chain sound: each linking transaction also takes its own
 * transaction-scoped lock (see {@link LedgerSequencer}), so two instances that both believed they lead would
 * still link one after the other.
 */
final class SequencerLeadership {

    private static final Logger log = LoggerFactory.getLogger(SequencerLeadership.class);
    static final long LEADER_LOCK = 0x1ed6e5L + 2;
    static final String CHANNEL = "infoshare_ledger_pending";
    /** How the holder's connection shows in pg_stat_activity, followed by this instance's host and process. */
    static final String APPLICATION_NAME = "infoshare ledger sequencer";
    private static final int LISTEN_MILLIS = 1_000;

    private final DataSource dataSource;
    private final Runnable nudge;
    private final String instance;
    private volatile boolean leading;
    private volatile boolean running;
    private Thread thread;

    SequencerLeadership(DataSource dataSource, Runnable nudge) {
        this.dataSource = dataSource;
        this.nudge = nudge;
        this.instance = host() + " pid " + ProcessHandle.current().pid();
    }

    boolean leading() {
        return leading;
    }

    void start() {
        running = true;
        thread = new Thread(this::run, "ledger-sequencer-leadership");
        thread.setDaemon(true);
        thread.start();
    }

    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                if (takeLead(connection)) {
                    try {
                        lead(connection);
                    } finally {
                        leading = false;
                        release(connection);
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (leading) {
                    log.warn("This instance stopped linking the ledger: its connection failed ({})", e.getMessage());
                }
                leading = false;
            }
            pause();
        }
    }

    private boolean takeLead(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var result = statement.executeQuery("select pg_try_advisory_lock(" + LEADER_LOCK + ")")) {
            return result.next() && result.getBoolean(1);
        }
    }

    /** Holds the lead until this instance stops or the connection fails. */
    private void lead(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("set application_name = '" + (APPLICATION_NAME + " " + instance).replace("'", "''") + "'");
            statement.execute("set tcp_keepalives_idle = 5");
            statement.execute("set tcp_keepalives_interval = 2");
            statement.execute("set tcp_keepalives_count = 3");
            statement.execute("listen " + CHANNEL);
        }
        leading = true;
        log.info("This instance ({}) now links the ledger's chain", instance);
        nudge.run();
        PGConnection notifications = connection.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] received = notifications.getNotifications(LISTEN_MILLIS);
            if (received != null && received.length > 0) {
                nudge.run();
            }
        }
    }

    /** Gives the lock and the channel back before the connection returns to the pool. */
    private static void release(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("unlisten *");
            statement.execute("select pg_advisory_unlock_all()");
            statement.execute("reset application_name");
            statement.execute("reset tcp_keepalives_idle; reset tcp_keepalives_interval; reset tcp_keepalives_count");
        } catch (SQLException e) {
            // A broken connection: the pool discards it, and PostgreSQL released the lock with it.
        }
    }

    private void pause() {
        try {
            Thread.sleep(LISTEN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return ManagementFactory.getRuntimeMXBean().getName();
        }
    }
}
