package org.infoshare.linkage.rules.encoding;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Encodes a sender's clear identities under the partnership's linkage secret (sender side; also used to
 * build test and benchmark data). Each field is normalised, then pseudonymised or Bloom-encoded under its own
 * derived key. Values shared by many people (names, dates, districts) are remembered once computed, which
 * changes nothing in the output and makes millions of records cheap to encode. Not thread-safe: one encoder
 * per thread.
 */
public final class IdentityEncoder {

    private static final int CACHE_LIMIT = 200_000;
    private static final Set<Pseudonym> CACHED = Set.of(Pseudonym.FIRST_NAME_VARIANT, Pseudonym.LAST_NAME, Pseudonym.SEX, Pseudonym.POSTCODE_DISTRICT, Pseudonym.NAMES_AND_BIRTH_YEAR, Pseudonym.POSTCODE);

    private final EncodingSchema schema;
    private final String fingerprint;
    private final Nicknames nicknames;
    private final Map<Pseudonym, KeyedHash> hashes = new EnumMap<>(Pseudonym.class);
    private final Map<Pseudonym, Map<String, Long>> remembered = new EnumMap<>(Pseudonym.class);
    private final Map<BloomField, BloomEncoder> blooms = new EnumMap<>(BloomField.class);
    /** The five date-of-birth pseudonyms of each date seen, by epoch day: dates repeat across millions of people. */
    private final Map<Long, long[]> dates = new HashMap<>();

    public IdentityEncoder(LinkageSecret secret, EncodingSchema schema, Nicknames nicknames) {
        this.schema = schema;
        this.fingerprint = secret.fingerprint();
        this.nicknames = nicknames;
        for (Pseudonym field : Pseudonym.values()) {
            // The transposed date is compared with other records' dates, so it shares the date's key.
            Pseudonym keyOf = field == Pseudonym.DATE_OF_BIRTH_TRANSPOSED ? Pseudonym.DATE_OF_BIRTH : field;
            hashes.put(field, new KeyedHash(secret.derive(keyOf.keyLabel() + ":v" + schema.version())));
            if (CACHED.contains(field)) {
                remembered.put(field, new HashMap<>());
            }
        }
        for (BloomField field : BloomField.values()) {
            KeyedHash hash = new KeyedHash(secret.derive(field.keyLabel() + ":v" + schema.version()));
            blooms.put(field, field == BloomField.ADDRESS
                    ? new BloomEncoder(hash, schema.addressBits(), schema.addressHashes())
                    : new BloomEncoder(hash, schema.nameBits(), schema.nameHashes()));
        }
    }

    public EncodingSchema schema() {
        return schema;
    }

    public String secretFingerprint() {
        return fingerprint;
    }

    public EncodedIdentity encode(PersonIdentity person) {
        long[] p = new long[EncodedIdentity.PSEUDONYMS];
        long[] filters = new long[schema.filterWordsPerRecord()];

        String first = Normalise.name(person.firstName());
        String last = Normalise.name(person.lastName());
        String variant = nicknames.canonical(first);
        set(p, Pseudonym.FIRST_NAME_VARIANT, variant);
        set(p, Pseudonym.LAST_NAME, last);
        blooms.get(BloomField.FIRST_NAME).encode(first, filters, schema.filterOffset(BloomField.FIRST_NAME));
        blooms.get(BloomField.LAST_NAME).encode(last, filters, schema.filterOffset(BloomField.LAST_NAME));

        LocalDate born = person.dateOfBirth();
        if (born != null) {
            long[] parts = dates.get(born.toEpochDay());
            if (parts == null) {
                parts = dateParts(born);
                if (dates.size() < CACHE_LIMIT) {
                    dates.put(born.toEpochDay(), parts);
                }
            }
            System.arraycopy(parts, 0, p, Pseudonym.DATE_OF_BIRTH.ordinal(), parts.length);
            if (first != null || last != null) {
                String a = first == null ? "" : Soundex.of(variant);
                String b = last == null ? "" : Soundex.of(last);
                set(p, Pseudonym.NAMES_AND_BIRTH_YEAR, (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a) + "|" + born.getYear());
            }
        }
        set(p, Pseudonym.SEX, Normalise.sex(person.sex()));

        String postcode = Normalise.postcode(person.postcode());
        String line = Normalise.addressLine(person.addressLine());
        set(p, Pseudonym.POSTCODE, postcode);
        set(p, Pseudonym.POSTCODE_DISTRICT, Normalise.district(postcode));
        String numbers = Normalise.propertyNumbers(line);
        if (postcode != null && numbers != null) {
            set(p, Pseudonym.PROPERTY, postcode + "|" + numbers);
        }
        set(p, Pseudonym.UPRN, Normalise.uprn(person.uprn()));
        set(p, Pseudonym.NHS_NUMBER, Normalise.nhsNumber(person.nhsNumber()));
        blooms.get(BloomField.ADDRESS).encode(line, filters, schema.filterOffset(BloomField.ADDRESS));
        return new EncodedIdentity(schema, fingerprint, p, filters);
    }

    /** DATE_OF_BIRTH to BIRTH_YEAR_DAY, in the order the pseudonyms are declared. */
    private long[] dateParts(LocalDate born) {
        long[] p = new long[EncodedIdentity.PSEUDONYMS];
        String year = four(born.getYear());
        String month = two(born.getMonthValue());
        String day = two(born.getDayOfMonth());
        set(p, Pseudonym.DATE_OF_BIRTH, year + "-" + month + "-" + day);
        if (born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
            set(p, Pseudonym.DATE_OF_BIRTH_TRANSPOSED, year + "-" + day + "-" + month);
        }
        set(p, Pseudonym.BIRTH_YEAR_MONTH, year + "-" + month);
        set(p, Pseudonym.BIRTH_MONTH_DAY, month + "-" + day);
        set(p, Pseudonym.BIRTH_YEAR_DAY, year + "-" + day);
        return java.util.Arrays.copyOfRange(p, Pseudonym.DATE_OF_BIRTH.ordinal(), Pseudonym.BIRTH_YEAR_DAY.ordinal() + 1);
    }

    private void set(long[] pseudonyms, Pseudonym field, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Map<String, Long> cache = remembered.get(field);
        if (cache == null) {
            pseudonyms[field.ordinal()] = hashes.get(field).pseudonym(value);
            return;
        }
        Long known = cache.get(value);
        if (known == null) {
            known = hashes.get(field).pseudonym(value);
            if (cache.size() < CACHE_LIMIT) {
                cache.put(value, known);
            }
        }
        pseudonyms[field.ordinal()] = known;
    }

    private static String four(int value) {
        String digits = String.valueOf(value);
        return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }
}
