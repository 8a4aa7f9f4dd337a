package org.infoshare.linkage.synthetic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Name and street lists for the synthetic partnership, each drawn with Zipf weights by rank (a few names very
 * common, a long tail rare, as in real populations), and the given-name variants that people go by.
 */
final class SyntheticNames {

    final Zipf commonSurnames;
    final Zipf commonFemale;
    final Zipf commonMale;
    final Parts rareSurnames;
    final Parts rareGiven;
    final Zipf streets;
    final Map<String, List<String>> variants;

    SyntheticNames() {
        commonSurnames = new Zipf(read("surnames.txt"), 0.7);
        commonFemale = new Zipf(read("female.txt"), 0.7);
        commonMale = new Zipf(read("male.txt"), 0.7);
        rareSurnames = new Parts(readParts("surname-parts.txt"));
        rareGiven = new Parts(readParts("given-parts.txt"));
        streets = new Zipf(read("streets.txt"), 0.3);
        variants = variants();
    }

    /**
     * A surname: a third of people have one of the 250 most common (Smith about 2 %), the rest one of thousands
     * of rarer ones, as in England and Wales, where the commonest surnames cover a minority of people.
     */
    String surname(SplittableRandom random) {
        return random.nextDouble() < 0.35 ? commonSurnames.draw(random) : rareSurnames.draw(random);
    }

    /** A given name: most from the common lists, the rest rarer. */
    String given(String sex, SplittableRandom random) {
        if (random.nextDouble() < 0.75) {
            return (sex.equals("F") ? commonFemale : commonMale).draw(random);
        }
        return rareGiven.draw(random);
    }

    private static List<List<String>> readParts(String name) {
        List<String> all = read(name);
        int split = all.indexOf("--");
        return List.of(all.subList(0, split), all.subList(split + 1, all.size()));
    }

    /** Words in rank order from a resource, duplicates dropped. */
    private static List<String> read(String name) {
        try (InputStream in = SyntheticNames.class.getResourceAsStream("/linkage/synthetic/" + name)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            LinkedHashSet<String> words = new LinkedHashSet<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("#")) {
                    for (String word : line.strip().split("\\s+")) {
                        if (!word.isEmpty()) {
                            words.add(word);
                        }
                    }
                }
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Canonical name → the variants people go by, from the product's nickname table. */
    private static Map<String, List<String>> variants() {
        Map<String, List<String>> variants = new HashMap<>();
        try (InputStream in = SyntheticNames.class.getResourceAsStream("/linkage/nicknames.txt")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] names = line.strip().split("\\s+");
                List<String> list = new ArrayList<>();
                for (int i = 1; i < names.length; i++) {
                    list.add(names[i]);
                }
                variants.put(names[0], list);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return variants;
    }

    /** Names made of a beginning and an ending, every combination about as likely as another. */
    static final class Parts {
        private final List<String> beginnings;
        private final List<String> endings;

        Parts(List<List<String>> parts) {
            this.beginnings = parts.get(0);
            this.endings = parts.get(1);
        }

        String draw(SplittableRandom random) {
            return beginnings.get(random.nextInt(beginnings.size())) + endings.get(random.nextInt(endings.size()));
        }
    }

    /** Draws from a list with weight 1 / rank^s. */
    static final class Zipf {
        private final List<String> words;
        private final double[] cumulative;

        Zipf(List<String> words, double s) {
            this.words = words;
            this.cumulative = new double[words.size()];
            double total = 0;
            for (int i = 0; i < words.size(); i++) {
                total += 1 / Math.pow(i + 1, s);
                cumulative[i] = total;
            }
            for (int i = 0; i < cumulative.length; i++) {
                cumulative[i] /= total;
            }
        }

        String draw(SplittableRandom random) {
            double x = random.nextDouble();
            int low = 0;
            int high = cumulative.length - 1;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (cumulative[mid] < x) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return words.get(low);
        }

        int size() {
            return words.size();
        }

        String get(int i) {
            return words.get(i % words.size());
        }
    }
}
