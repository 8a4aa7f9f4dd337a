package org.infoshare.dataset.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import static org.assertj.core.api.Assertions.assertThat;

class ValueTypeTest {

    @Test
    void normalisesValidValuesAndRejectsOthers() {
        assertThat(ValueType.DATE.normalise("2014-03-27")).isEqualTo("2014-03-27");
        assertThat(ValueType.DATE.normalise("2024-02-29")).isEqualTo("2024-02-29");
        assertThat(ValueType.DATE.normalise("2023-02-29")).isNull();
        assertThat(ValueType.DATE.normalise("27/03/2014")).isNull();
        assertThat(ValueType.BOOLEAN.normalise("Yes")).isEqualTo("true");
        assertThat(ValueType.BOOLEAN.normalise("N")).isEqualTo("false");
        assertThat(ValueType.BOOLEAN.normalise("maybe")).isNull();
        assertThat(ValueType.INTEGER.normalise("+42")).isEqualTo("42");
        assertThat(ValueType.INTEGER.normalise("4.2")).isNull();
        assertThat(ValueType.DECIMAL.normalise("12.50")).isEqualTo("12.50");
        assertThat(ValueType.DECIMAL.normalise("1e5")).isNull();
        assertThat(ValueType.YEAR_QUARTER.normalise("2024-q3")).isEqualTo("2024-Q3");
        assertThat(ValueType.YEAR_QUARTER.normalise("2024-Q5")).isNull();
        assertThat(ValueType.TEXT.normalise("anything")).isEqualTo("anything");
    }

    /** The hand-written date check agrees with java.time on every kind of input. */
    @TestFactory
    Stream<DynamicTest> dateCheckAgreesWithJavaTime() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        return IntStream.range(0, 50).mapToObj(batch -> DynamicTest.dynamicTest("batch " + batch + " (seed " + seed + ")", () -> {
            for (int i = 0; i < 2000; i++) {
                String value = String.format("%04d-%02d-%02d", random.nextInt(3000), random.nextInt(14), random.nextInt(33));
                if (random.nextInt(10) == 0) {
                    char[] chars = value.toCharArray();
                    chars[random.nextInt(chars.length)] = (char) ('+' + random.nextInt(80));
                    value = new String(chars);
                }
                boolean javaTime;
                try {
                    javaTime = LocalDate.parse(value) != null && value.charAt(0) != '+';
                } catch (DateTimeParseException e) {
                    javaTime = false;
                }
                assertThat(ValueType.DATE.normalise(value) != null).as("seed %d: %s", seed, value).isEqualTo(javaTime);
            }
        }));
    }
}
