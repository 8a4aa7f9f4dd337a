package org.infoshare.ledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The verifier over {@link LedgerVerifierBenchmark}'s database, timed outside JMH and with the CPU it costs: the
 * JVM's and the embedded PostgreSQL's (its postmaster, every backend of it, and the backends it has reaped), read
 * from {@code /proc} before and after each verification. On a machine shared with other work, CPU-seconds per
 * verification say what wall time cannot. Linux only.
 *
 * <pre>java -cp … org.infoshare.ledger.VerifierCpu [runs per check, default 5] [CHAIN|CHAIN_AND_RECORDS|BOTH]</pre>
 */
public final class VerifierCpu {

    private static final double TICKS = 100.0;

    private VerifierCpu() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String which = args.length > 1 ? args[1] : "BOTH";
        Path dataDir = BenchmarkApplication.dataDir("verify-1m-records");
        if (!Files.isDirectory(dataDir)) {
            throw new IllegalStateException("Build the benchmark's database first (LedgerVerifierBenchmark)");
        }
        try (ConfigurableApplicationContext context = BenchmarkApplication.start(dataDir, false, "infoshare.background-jobs=false")) {
            LedgerVerifier verifier = context.getBean(LedgerVerifier.class);
            long postmaster = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
            for (int warm = 0; warm < 2; warm++) {
                check(verifier.verify(), true);
                check(verifier.verifyChainOnly(), false);
            }
            List<Boolean> checks = switch (which) {
                case "CHAIN" -> List.of(false);
                case "CHAIN_AND_RECORDS" -> List.of(true);
                default -> List.of(false, true);
            };
            double[][] totals = new double[2][3];
            for (int run = 0; run < runs; run++) {
                for (boolean records : checks) {
                    String load = Files.readString(Path.of("/proc/loadavg")).trim();
                    long[] own0 = times(Path.of("/proc/self/stat"));
                    long gc0 = gcMillis();
                    double jvm0 = ownCpu();
                    double pg0 = postgresCpu(postmaster);
                    long started = System.nanoTime();
                    VerificationReport report = records ? verifier.verify() : verifier.verifyChainOnly();
                    double wall = (System.nanoTime() - started) / 1e9;
                    double jvm = ownCpu() - jvm0;
                    double pg = postgresCpu(postmaster) - pg0;
                    long[] own1 = times(Path.of("/proc/self/stat"));
                    String split = String.format("(user %.2f, system %.2f, gc pauses %d ms)", (own1[0] - own0[0]) / TICKS,
                            (own1[1] - own0[1]) / TICKS, gcMillis() - gc0);
                    check(report, records);
                    int k = records ? 1 : 0;
                    totals[k][0] += wall;
                    totals[k][1] += jvm;
                    totals[k][2] += pg;
                    System.out.printf("%-17s wall %.3f s  (%,.0f entries/s)  cpu: jvm %.2f s %s  pg %.2f s  total %.2f s  [load %s]%n",
                            records ? "CHAIN_AND_RECORDS" : "CHAIN", wall, report.entriesVerified() / wall, jvm, split, pg, jvm + pg, load);
                }
            }
            for (boolean records : checks) {
                double[] t = totals[records ? 1 : 0];
                System.out.printf("mean %-17s wall %.3f s  cpu: jvm %.2f s  pg %.2f s  total %.2f s%n",
                        records ? "CHAIN_AND_RECORDS" : "CHAIN", t[0] / runs, t[1] / runs, t[2] / runs, (t[1] + t[2]) / runs);
            }
            // -Dhold=seconds keeps the database up afterwards, to look at it with psql.
            Thread.sleep(Long.getLong("hold", 0L) * 1000);
        }
    }

    private static void check(VerificationReport report, boolean records) {
        if (!report.intact() || report.entriesVerified() != LedgerVerifierBenchmark.ENTRIES || report.recordsChecked() != records) {
            throw new IllegalStateException("Unexpected report: " + report);
        }
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
    }

    private static double ownCpu() throws IOException {
        long[] t = times(Path.of("/proc/self/stat"));
        return (t[0] + t[1]) / TICKS;
    }

    /** The postmaster with its reaped children, and every live child. */
    private static double postgresCpu(long postmaster) throws IOException {
        long[] own = times(Path.of("/proc", Long.toString(postmaster), "stat"));
        long ticks = own[0] + own[1] + own[2] + own[3];
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    if (Long.parseLong(fields[1]) == postmaster) {
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return ticks / TICKS;
    }

    /** utime, stime, cutime, cstime in clock ticks. */
    private static long[] times(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]), Long.parseLong(fields[14])};
    }
}
