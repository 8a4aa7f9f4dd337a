package org.infoshare.linkage.rules.matching;

import org.infoshare.linkage.rules.encoding.BloomField;
import org.infoshare.linkage.rules.encoding.Pseudonym;

/**
 * Compares two encoded records field by field and gives the pattern of levels. Names are compared by the
 * Dice coefficient of their Bloom filters, with the nickname-normalised pseudonym for the "variant" level and a
 * crossed comparison for first and last names written the wrong way round; dates by their pseudonymised parts;
 * addresses by property reference, property, postcode, filter similarity and district. Thread-safe: it only
 * reads the table.
 */
public final class PairComparator {

    private static final int FIRST = Field.FIRST_NAME.ordinal();
    private static final int LAST = Field.LAST_NAME.ordinal();
    private static final int DOB = Field.DATE_OF_BIRTH.ordinal();
    private static final int SEX = Field.SEX.ordinal();
    private static final int ADDRESS = Field.ADDRESS.ordinal();
    private static final int NHS = Field.NHS_NUMBER.ordinal();

    private final RecordTable table;
    private final ComparisonSettings settings;

    public PairComparator(RecordTable table, ComparisonSettings settings) {
        this.table = table;
        this.settings = settings;
    }

    public RecordTable table() {
        return table;
    }

    /** The pair's pattern (see {@link Patterns}). */
    public int pattern(int a, int b) {
        int pattern = names(a, b, null);
        pattern += Patterns.stride(DOB) * dateOfBirth(a, b);
        pattern += Patterns.stride(SEX) * exact(a, b, Pseudonym.SEX, Field.SEX);
        pattern += Patterns.stride(ADDRESS) * address(a, b, null);
        pattern += Patterns.stride(NHS) * exact(a, b, Pseudonym.NHS_NUMBER, Field.NHS_NUMBER);
        return pattern;
    }

    /** The pattern with the similarities behind it, for explaining a link. */
    public Detail detail(int a, int b) {
        double[] similarity = new double[4];
        int pattern = names(a, b, similarity);
        pattern += Patterns.stride(DOB) * dateOfBirth(a, b);
        pattern += Patterns.stride(SEX) * exact(a, b, Pseudonym.SEX, Field.SEX);
        pattern += Patterns.stride(ADDRESS) * address(a, b, similarity);
        pattern += Patterns.stride(NHS) * exact(a, b, Pseudonym.NHS_NUMBER, Field.NHS_NUMBER);
        return new Detail(pattern, similarity[0], similarity[1], similarity[2] > 0, similarity[3]);
    }

    /**
     * @param firstNameDice Dice coefficient of the first names as compared (crossed when swapped); NaN if missing
     * @param namesSwapped  first and last names were compared crossed
     * @param addressDice   Dice coefficient of the address lines; NaN if missing
     */
    public record Detail(int pattern, double firstNameDice, double lastNameDice, boolean namesSwapped, double addressDice) {
    }

    private int names(int a, int b, double[] similarity) {
        int fa = table.bitCount(a, BloomField.FIRST_NAME);
        int fb = table.bitCount(b, BloomField.FIRST_NAME);
        int la = table.bitCount(a, BloomField.LAST_NAME);
        int lb = table.bitCount(b, BloomField.LAST_NAME);
        double ff = dice(table.commonBits(a, b, BloomField.FIRST_NAME, BloomField.FIRST_NAME), fa, fb);
        double ll = dice(table.commonBits(a, b, BloomField.LAST_NAME, BloomField.LAST_NAME), la, lb);
        boolean swapped = false;
        if (fa > 0 && fb > 0 && la > 0 && lb > 0 && ff + ll < 2 - settings.swapMargin()) {
            double fl = dice(table.commonBits(a, b, BloomField.FIRST_NAME, BloomField.LAST_NAME), fa, lb);
            double lf = dice(table.commonBits(a, b, BloomField.LAST_NAME, BloomField.FIRST_NAME), la, fb);
            if (fl + lf > ff + ll + settings.swapMargin()) {
                swapped = true;
                ff = fl;
                ll = lf;
            }
        }
        int first;
        if (Double.isNaN(ff)) {
            first = Field.FIRST_NAME.levelCount();
        } else if (ff >= 1.0) {
            first = 0;
        } else if (!swapped && same(a, b, Pseudonym.FIRST_NAME_VARIANT)) {
            first = 1;
        } else {
            first = ff >= settings.nameClose() ? 2 : ff >= settings.nameSimilar() ? 3 : 4;
        }
        int last;
        if (Double.isNaN(ll)) {
            last = Field.LAST_NAME.levelCount();
        } else if (ll >= 1.0) {
            last = 0;
        } else {
            last = ll >= settings.nameClose() ? 1 : ll >= settings.nameSimilar() ? 2 : 3;
        }
        if (similarity != null) {
            similarity[0] = ff;
            similarity[1] = ll;
            similarity[2] = swapped ? 1 : 0;
        }
        return Patterns.stride(FIRST) * first + Patterns.stride(LAST) * last;
    }

    private int dateOfBirth(int a, int b) {
        long da = table.pseudonym(a, Pseudonym.DATE_OF_BIRTH);
        long db = table.pseudonym(b, Pseudonym.DATE_OF_BIRTH);
        if (da == 0 || db == 0) {
            return Field.DATE_OF_BIRTH.levelCount();
        }
        if (da == db) {
            return 0;
        }
        if (da == table.pseudonym(b, Pseudonym.DATE_OF_BIRTH_TRANSPOSED) || db == table.pseudonym(a, Pseudonym.DATE_OF_BIRTH_TRANSPOSED)) {
            return 1;
        }
        if (same(a, b, Pseudonym.BIRTH_YEAR_MONTH) || same(a, b, Pseudonym.BIRTH_MONTH_DAY) || same(a, b, Pseudonym.BIRTH_YEAR_DAY)) {
            return 2;
        }
        return 3;
    }

    private int address(int a, int b, double[] similarity) {
        int missing = Field.ADDRESS.levelCount();
        int pa = table.bitCount(a, BloomField.ADDRESS);
        int pb = table.bitCount(b, BloomField.ADDRESS);
        double line = dice(pa == 0 || pb == 0 ? 0 : table.commonBits(a, b, BloomField.ADDRESS, BloomField.ADDRESS), pa, pb);
        if (similarity != null) {
            similarity[3] = line;
        }
        if (same(a, b, Pseudonym.UPRN) || same(a, b, Pseudonym.PROPERTY)
                || (line >= settings.addressSame() && same(a, b, Pseudonym.POSTCODE_DISTRICT))) {
            return 0;
        }
        if (same(a, b, Pseudonym.POSTCODE)) {
            return 1;
        }
        if (line >= settings.addressSimilar()) {
            return 2;
        }
        if (same(a, b, Pseudonym.POSTCODE_DISTRICT)) {
            return 3;
        }
        boolean comparable = !Double.isNaN(line) || both(a, b, Pseudonym.POSTCODE) || both(a, b, Pseudonym.UPRN);
        return comparable ? 4 : missing;
    }

    private int exact(int a, int b, Pseudonym pseudonym, Field field) {
        long x = table.pseudonym(a, pseudonym);
        long y = table.pseudonym(b, pseudonym);
        if (x == 0 || y == 0) {
            return field.levelCount();
        }
        return x == y ? 0 : 1;
    }

    private boolean same(int a, int b, Pseudonym pseudonym) {
        long x = table.pseudonym(a, pseudonym);
        return x != 0 && x == table.pseudonym(b, pseudonym);
    }

    private boolean both(int a, int b, Pseudonym pseudonym) {
        return table.pseudonym(a, pseudonym) != 0 && table.pseudonym(b, pseudonym) != 0;
    }

    static double dice(int common, int bitsA, int bitsB) {
        if (bitsA == 0 || bitsB == 0) {
            return Double.NaN;
        }
        return 2.0 * common / (bitsA + bitsB);
    }
}
