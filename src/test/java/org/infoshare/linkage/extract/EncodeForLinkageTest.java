package org.infoshare.linkage.extract;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.infoshare.linkage.rules.encoding.LinkageSecret;
import org.infoshare.linkage.rules.outcomes.AgeGroup;
import org.infoshare.linkage.rules.outcomes.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class EncodeForLinkageTest {

    static final LinkageSecret SECRET = LinkageSecret.of("a partnership's linkage secret of 32+ bytes".getBytes(StandardCharsets.UTF_8));
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 1);
    static final String CLEAR = """
            record-ref,given-name,family-name,date-of-birth,sex,address,postcode,nhs-number,household-ref,parent-ref,event,event-date,event-value,notes
            C-1,Bill,Hartley,12/03/1986,M,"14 Mill Road",WS1 4AB,,H-9,,OFFENCE,2026-Q2,,rang on Tuesday
            C-1,Bill,Hartley,12/03/1986,M,"14 Mill Road",WS1 4AB,,H-9,,ANTI_SOCIAL_BEHAVIOUR,2026-05-03,,
            C-2,Amy,Hartley,2016-07-01,F,"14 Mill Road",WS1 4AB,,H-9,C-1,SCHOOL_ATTENDANCE,2026-04-20,86.5,
            """;

    @Test
    void encodesEveryRowWithoutCarryingAClearValue() throws Exception {
        StringWriter out = new StringWriter();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> problems = EncodeForLinkage.encode(SECRET, AS_OF, new StringReader(CLEAR), out, new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(problems).isEmpty();
        String encoded = out.toString();
        for (String clear : List.of("Bill", "Hartley", "1986", "Mill", "WS1", "rang on Tuesday", "notes")) {
            assertThat(encoded).doesNotContain(clear);
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Not carried (not a linkage column): notes").doesNotContain("Tuesday");

        ExtractReader.Result read = new ExtractReader(SECRET.fingerprint(), 3).read(new CsvRows(new StringReader(encoded)));
        assertThat(read.accepted()).as("%s", read.problems()).isTrue();
        assertThat(read.records()).extracting(ExtractRecord::ref).containsExactly("C-1", "C-2");
        ExtractRecord father = read.records().get(0);
        assertThat(father.ageGroup()).isEqualTo(AgeGroup.ADULT);
        assertThat(father.householdRef()).isEqualTo("H-9");
        assertThat(father.facts()).extracting(f -> f.indicator()).containsExactly(Indicator.OFFENCE, Indicator.ANTI_SOCIAL_BEHAVIOUR);
        assertThat(father.facts().get(0).date()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(father.facts().get(0).source()).isEqualTo(3);
        ExtractRecord child = read.records().get(1);
        assertThat(child.ageGroup()).isEqualTo(AgeGroup.CHILD);
        assertThat(child.parentRef()).isEqualTo("C-1");
        assertThat(child.facts().get(0).value()).isEqualTo(86.5);
    }

    @Test
    void theSamePersonEncodesTheSameWhoeverSendsIt() throws Exception {
        StringWriter first = new StringWriter();
        StringWriter second = new StringWriter();
        EncodeForLinkage.encode(SECRET, AS_OF, new StringReader(CLEAR), first, quiet());
        EncodeForLinkage.encode(SECRET, AS_OF, new StringReader(CLEAR.replace("Bill", "BILL").replace("12/03/1986", "1986-03-12")), second, quiet());

        assertThat(second.toString()).isEqualTo(first.toString());
    }

    @Test
    void aBadDateRefusesTheFileAndNamesNoValue() throws Exception {
        StringWriter out = new StringWriter();
        List<String> problems = EncodeForLinkage.encode(SECRET, AS_OF,
                new StringReader("record-ref,given-name,date-of-birth\nC-7,Zara,31/02/2001\nC-8,Yusuf,2030-01-01\n,Ann,2001-01-01\n"), out, quiet());

        assertThat(problems).hasSize(3);
        assertThat(problems.get(0)).startsWith("2, date-of-birth");
        assertThat(problems.get(1)).startsWith("3, date-of-birth");
        assertThat(problems.get(2)).startsWith("4, record-ref");
        assertThat(String.join("\n", problems)).doesNotContain("Zara").doesNotContain("2001").doesNotContain("C-7");
    }

    @Test
    void theCommandsMakeASecretAndEncodeFilesOrSayHowToUseThem(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream secretOut = new ByteArrayOutputStream();
        assertThat(EncodeForLinkage.run(new String[] {"linkage-secret"}, new PrintStream(secretOut, true, StandardCharsets.UTF_8), quiet()))
                .isEqualTo(EncodeForLinkage.DONE);
        Path secret = Files.writeString(dir.resolve("partnership.secret"), secretOut.toString(StandardCharsets.UTF_8));
        Path in = Files.writeString(dir.resolve("clear.csv"), CLEAR);
        Path out = dir.resolve("encoded.csv");

        int status = EncodeForLinkage.run(new String[] {"encode-for-linkage", "--secret", secret.toString(), "--in", in.toString(),
                "--out", out.toString(), "--as-of", "2026-10-01"}, quiet(), quiet());

        assertThat(status).isEqualTo(EncodeForLinkage.DONE);
        String fingerprint = LinkageSecret.fromText(Files.readString(secret)).fingerprint();
        assertThat(new ExtractReader(fingerprint, 0).read(new CsvRows(Files.newBufferedReader(out))).records()).hasSize(2);
        assertThat(EncodeForLinkage.run(new String[] {"encode-for-linkage", "--in", in.toString()}, quiet(), quiet()))
                .isEqualTo(EncodeForLinkage.USAGE);

        Path bad = Files.writeString(dir.resolve("bad.csv"), "record-ref,date-of-birth\nC-1,yesterday\n");
        Path none = dir.resolve("none.csv");
        assertThat(EncodeForLinkage.run(new String[] {"encode-for-linkage", "--secret", secret.toString(), "--in", bad.toString(),
                "--out", none.toString()}, quiet(), quiet())).isEqualTo(EncodeForLinkage.REFUSED);
        assertThat(none).doesNotExist();
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
