package org.infoshare.linkage.rules.matching;

import java.io.Serializable;

/**
 * The Dice-coefficient bands of the approximate comparisons. Names: "close" from {@code nameClose} (one
 * letter wrong in a name of six or more), "similar" from {@code nameSimilar}. Addresses: the same property from
 * {@code addressSame} within one postcode district (a mistyped postcode), "similar" from {@code addressSimilar}.
 * First and last names are read as swapped when the crossed comparison beats the straight one by
 * {@code swapMargin}.
 */
public record ComparisonSettings(double nameClose, double nameSimilar, double addressSame, double addressSimilar,
                                 double swapMargin) implements Serializable {

    public static final ComparisonSettings STANDARD = new ComparisonSettings(0.84, 0.66, 0.92, 0.72, 0.4);

    public ComparisonSettings {
        check(nameClose, "nameClose");
        check(nameSimilar, "nameSimilar");
        check(addressSame, "addressSame");
        check(addressSimilar, "addressSimilar");
        if (nameSimilar > nameClose || addressSimilar > addressSame) {
            throw new IllegalArgumentException("A band for similar values starts below the band for close ones");
        }
        if (swapMargin < 0 || swapMargin > 2) {
            throw new IllegalArgumentException("The swap margin is between 0 and 2");
        }
    }

    private static void check(double value, String name) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " is a Dice coefficient between 0 and 1");
        }
    }
}
