package benchmarks.linkage;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.infoshare.linkage.rules.encoding.Nicknames;
import org.infoshare.linkage.rules.encoding.Normalise;
import org.infoshare.linkage.rules.encoding.PersonIdentity;
import org.infoshare.linkage.rules.matching.ComparisonSettings;
import org.infoshare.linkage.rules.matching.Field;
import org.infoshare.linkage.rules.matching.Patterns;

/**
 * The baseline: the same comparison levels worked out the plain way, from the clear strings of both records each
 * time (normalising, finding nicknames, building bigram sets and their Dice coefficient), as a linkage without
 * encodings or precomputed indexes would.
 */
final class PlainComparison {

    private final ComparisonSettings settings;
    private final Nicknames nicknames = Nicknames.standard();

    PlainComparison(ComparisonSettings settings) {
        this.settings = settings;
    }

    int pattern(PersonIdentity a, PersonIdentity b) {
        String fa = Normalise.name(a.firstName());
        String fb = Normalise.name(b.firstName());
        String la = Normalise.name(a.lastName());
        String lb = Normalise.name(b.lastName());
        double ff = dice(fa, fb);
        double ll = dice(la, lb);
        boolean swapped = false;
        if (fa != null && fb != null && la != null && lb != null && ff + ll < 2 - settings.swapMargin()) {
            double fl = dice(fa, lb);
            double lf = dice(la, fb);
            if (fl + lf > ff + ll + settings.swapMargin()) {
                swapped = true;
                ff = fl;
                ll = lf;
            }
        }
        int first = Double.isNaN(ff) ? 5 : ff >= 1 ? 0 : !swapped && nicknames.canonical(fa).equals(nicknames.canonical(fb)) ? 1
                : ff >= settings.nameClose() ? 2 : ff >= settings.nameSimilar() ? 3 : 4;
        int last = Double.isNaN(ll) ? 4 : ll >= 1 ? 0 : ll >= settings.nameClose() ? 1 : ll >= settings.nameSimilar() ? 2 : 3;
        return Patterns.of(first, last, dateOfBirth(a.dateOfBirth(), b.dateOfBirth()), sex(a.sex(), b.sex()), address(a, b), nhs(a, b));
    }

    private static int dateOfBirth(LocalDate a, LocalDate b) {
        if (a == null || b == null) {
            return Field.DATE_OF_BIRTH.levelCount();
        }
        if (a.equals(b)) {
            return 0;
        }
        if (a.getYear() == b.getYear() && a.getDayOfMonth() == b.getMonthValue() && a.getMonthValue() == b.getDayOfMonth()) {
            return 1;
        }
        int same = (a.getYear() == b.getYear() ? 1 : 0) + (a.getMonthValue() == b.getMonthValue() ? 1 : 0)
                + (a.getDayOfMonth() == b.getDayOfMonth() ? 1 : 0);
        return same >= 2 ? 2 : 3;
    }

    private static int sex(String a, String b) {
        String x = Normalise.sex(a);
        String y = Normalise.sex(b);
        return x == null || y == null ? 2 : x.equals(y) ? 0 : 1;
    }

    private int address(PersonIdentity a, PersonIdentity b) {
        String pa = Normalise.postcode(a.postcode());
        String pb = Normalise.postcode(b.postcode());
        String la = Normalise.addressLine(a.addressLine());
        String lb = Normalise.addressLine(b.addressLine());
        String ua = Normalise.uprn(a.uprn());
        String ub = Normalise.uprn(b.uprn());
        double line = dice(la, lb);
        boolean sameDistrict = pa != null && pb != null && Normalise.district(pa).equals(Normalise.district(pb));
        String na = Normalise.propertyNumbers(la);
        String nb = Normalise.propertyNumbers(lb);
        if ((ua != null && ua.equals(ub)) || (pa != null && pa.equals(pb) && na != null && na.equals(nb))
                || (line >= settings.addressSame() && sameDistrict)) {
            return 0;
        }
        if (pa != null && pa.equals(pb)) {
            return 1;
        }
        if (line >= settings.addressSimilar()) {
            return 2;
        }
        if (sameDistrict) {
            return 3;
        }
        return !Double.isNaN(line) || (pa != null && pb != null) || (ua != null && ub != null) ? 4 : 5;
    }

    private static int nhs(PersonIdentity a, PersonIdentity b) {
        String x = Normalise.nhsNumber(a.nhsNumber());
        String y = Normalise.nhsNumber(b.nhsNumber());
        return x == null || y == null ? 2 : x.equals(y) ? 0 : 1;
    }

    /** Dice coefficient of the padded bigram sets of two values; NaN if either is missing. */
    static double dice(String a, String b) {
        if (a == null || b == null) {
            return Double.NaN;
        }
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        int common = 0;
        for (String g : x) {
            if (y.contains(g)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String value) {
        String padded = "_" + value + "_";
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= padded.length(); i++) {
            grams.add(padded.substring(i, i + 2));
        }
        return grams;
    }
}
