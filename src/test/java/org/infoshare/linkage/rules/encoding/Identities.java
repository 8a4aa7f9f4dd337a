package org.infoshare.linkage.rules.encoding;

import java.time.LocalDate;
import java.util.Random;

/** Random clear identities for property tests, any field possibly missing. */
public final class Identities {

    static final String[] FIRST = {"Olivia", "Amelia", "Jack", "William", "Bill", "Sophie", "Mohammed", "Aisha", "Zoë", "Siân", "Kofi", "Li"};
    static final String[] LAST = {"Smith", "Jones", "O'Neill", "Okafor", "Patel", "Wiśniewski", "Ashworth", "Lee", "Smith-Jones"};
    static final String[] STREETS = {"High Street", "Church Road", "Mill Lane", "Park Avenue", "Station Road"};

    private Identities() {
    }

    public static PersonIdentity random(Random random) {
        return new PersonIdentity(
                maybe(random, FIRST[random.nextInt(FIRST.length)]),
                maybe(random, LAST[random.nextInt(LAST.length)]),
                random.nextInt(10) == 0 ? null : LocalDate.of(1940 + random.nextInt(85), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                maybe(random, random.nextBoolean() ? "F" : "M"),
                maybe(random, (random.nextInt(5) == 0 ? "Flat " + (1 + random.nextInt(9)) + ", " : "") + (1 + random.nextInt(200)) + " "
                        + STREETS[random.nextInt(STREETS.length)]),
                maybe(random, "WS" + (1 + random.nextInt(20)) + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))),
                random.nextInt(3) == 0 ? String.valueOf(10_000_000_000L + random.nextInt(1_000_000)) : null,
                random.nextInt(3) == 0 ? "9434765919" : null);
    }

    private static String maybe(Random random, String value) {
        return random.nextInt(10) == 0 ? null : value;
    }
}
