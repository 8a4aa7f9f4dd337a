package org.infoshare.ledger;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.infoshare.InfoshareApplication;
import org.infoshare.database.EmbeddedPostgresServer;
import org.infoshare.support.DatabaseSuperuser;

/** {@code java -jar infoshare.jar verify-ledger}, in this JVM, against a test's database and master key. */
record VerifyLedgerRun(int exitCode, String output) {

    static VerifyLedgerRun against(EmbeddedPostgresServer server, String keysDirectory, String... overrides) {
        Path keyset = Path.of(keysDirectory).resolve("master-keyset.json");
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + server.jdbcUrl(),
                "--spring.datasource.username=" + EmbeddedPostgresServer.SUPERUSER,
                "--spring.datasource.password=" + DatabaseSuperuser.password(server),
                "--infoshare.keys.master-keyset-file=" + keyset.toAbsolutePath()));
        args.addAll(List.of(overrides));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        PrintStream originalErr = System.err;
        int exitCode;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            exitCode = InfoshareApplication.verifyLedger(args.toArray(String[]::new));
        } finally {
            System.setOut(original);
            System.setErr(originalErr);
        }
        return new VerifyLedgerRun(exitCode, captured.toString(StandardCharsets.UTF_8));
    }
}
