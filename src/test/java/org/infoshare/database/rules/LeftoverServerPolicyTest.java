package org.infoshare.database.rules;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.infoshare.database.rules.LeftoverServerPolicy.ProcessFacts;
import org.infoshare.database.rules.LeftoverServerPolicy.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeftoverServerPolicyTest {

    private static final Path DATA = Path.of("/srv/infoshare/data/postgres");
    private static final Instant STARTED = Instant.parse("2026-12-05T08:00:00Z");
    private static final List<String> PID_FILE = List.of("4242", DATA.toString(), String.valueOf(STARTED.getEpochSecond()), "5432",
            "/srv/infoshare/data/run", "localhost", "  1234 5678", "ready");

    private static Optional<ProcessFacts> postgres(String dataDirectory, Instant started) {
        return Optional.of(new ProcessFacts(Optional.of("/home/infoshare/.cache/infoshare/postgres/unpacked/PG-1/bin/postgres"),
                List.of("-D", dataDirectory, "-p", "5432", "-F"), Optional.of(started)));
    }

    @Test
    void thisDirectorysOwnServerIsStopped() {
        Verdict verdict = LeftoverServerPolicy.judge(PID_FILE, DATA, postgres(DATA.toString(), STARTED.plusMillis(700)));
        assertThat(verdict).isEqualTo(Verdict.THIS_DIRECTORYS_SERVER);
        assertThat(verdict.stop()).isTrue();
        // -Ddir written as one argument, and a path spelled differently but naming the same directory
        assertThat(LeftoverServerPolicy.judge(PID_FILE, DATA, Optional.of(new ProcessFacts(Optional.of("/x/bin/postgres"),
                List.of("-D/srv/infoshare/data/./postgres"), Optional.of(STARTED))))).isEqualTo(Verdict.THIS_DIRECTORYS_SERVER);
    }

    @Test
    void aReusedProcessIdIsNeverSignalled() {
        Optional<ProcessFacts> editor = Optional.of(new ProcessFacts(Optional.of("/usr/bin/vim"), List.of("-D", DATA.toString()),
                Optional.of(STARTED)));
        assertThat(LeftoverServerPolicy.judge(PID_FILE, DATA, editor)).isEqualTo(Verdict.NOT_POSTGRES);
        assertThat(LeftoverServerPolicy.judge(PID_FILE, DATA, postgres(DATA.toString(), STARTED.plusSeconds(3600))))
                .isEqualTo(Verdict.STARTED_AT_ANOTHER_TIME);
        assertThat(LeftoverServerPolicy.judge(PID_FILE, DATA, postgres("/srv/other/data/postgres", STARTED)))
                .isEqualTo(Verdict.ANOTHER_DIRECTORYS_SERVER);
        for (Verdict verdict : List.of(Verdict.NOT_POSTGRES, Verdict.STARTED_AT_ANOTHER_TIME, Verdict.ANOTHER_DIRECTORYS_SERVER)) {
            assertThat(verdict.stop()).isFalse();
            assertThat(verdict.pidFileStale()).isTrue();
        }
    }

    @Test
    void whatCannotBeToldIsLeftAlone() {
        Optional<ProcessFacts> hidden = Optional.of(new ProcessFacts(Optional.empty(), List.of(), Optional.empty()));
        assertThat(LeftoverServerPolicy.judge(PID_FILE, DATA, hidden)).isEqualTo(Verdict.CANNOT_TELL);
        Optional<ProcessFacts> noArguments = Optional.of(new ProcessFacts(Optional.of("/x/bin/postgres"), List.of(), Optional.of(STARTED)));
        assertThat(LeftoverServerPolicy.judge(PID_FILE, DATA, noArguments)).isEqualTo(Verdict.CANNOT_TELL);
        assertThat(LeftoverServerPolicy.judge(List.of("4242", DATA.toString(), "yesterday"), DATA, postgres(DATA.toString(), STARTED)))
                .isEqualTo(Verdict.UNREADABLE_PID_FILE);
        assertThat(LeftoverServerPolicy.judge(List.of("4242"), DATA, postgres(DATA.toString(), STARTED))).isEqualTo(Verdict.UNREADABLE_PID_FILE);
        assertThat(Verdict.CANNOT_TELL.stop() || Verdict.CANNOT_TELL.pidFileStale()).isFalse();
        assertThat(Verdict.UNREADABLE_PID_FILE.stop() || Verdict.UNREADABLE_PID_FILE.pidFileStale()).isFalse();
    }

    @Test
    void aCopiedPidFileOrADeadProcessIsNothingToStop() {
        List<String> copied = List.of("4242", "/srv/elsewhere/postgres", String.valueOf(STARTED.getEpochSecond()));
        assertThat(LeftoverServerPolicy.judge(copied, DATA, postgres("/srv/elsewhere/postgres", STARTED)))
                .isEqualTo(Verdict.PID_FILE_OF_ANOTHER_DIRECTORY);
        assertThat(LeftoverServerPolicy.judge(PID_FILE, DATA, Optional.empty())).isEqualTo(Verdict.NOTHING_RUNNING);
        assertThat(LeftoverServerPolicy.judge(List.of(), DATA, Optional.empty())).isEqualTo(Verdict.NOTHING_RUNNING);
        assertThat(Verdict.NOTHING_RUNNING.stop()).isFalse();
    }
}
