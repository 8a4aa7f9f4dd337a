package org.infoshare.linkage.synthetic;

/**
 * The synthetic partnership's addresses: each address number is a house (now and then a flat) on one of the
 * streets of ten towns in three postcode areas, with about twenty houses to a postcode unit.
 */
final class SyntheticAddresses {

    static final String[] KINDS = {"Road", "Street", "Avenue", "Lane", "Close", "Drive"};
    static final String[] AREAS = {"WS", "WT", "WE"};
    static final int TOWNS = 10;

    private final SyntheticNames.Zipf streets;
    private final int streetInstances;

    SyntheticAddresses(SyntheticNames.Zipf streets) {
        this.streets = streets;
        this.streetInstances = streets.size() * KINDS.length * TOWNS;
    }

    String line(int address) {
        int street = address % streetInstances;
        int number = address / streetInstances + 1;
        long mixed = SyntheticPartnership.mix(address);
        int flat = Math.floorMod(mixed, 100) < 15 ? 1 + (int) Math.floorMod(mixed >>> 8, 6) : 0;
        String name = SyntheticPartnership.title(streets.get(street % streets.size()));
        String kind = KINDS[(street / streets.size()) % KINDS.length];
        return (flat > 0 ? "Flat " + flat + ", " : "") + number + " " + name + " " + kind;
    }

    String postcode(int address) {
        int street = address % streetInstances;
        int number = address / streetInstances + 1;
        int town = street / (streets.size() * KINDS.length);
        String area = AREAS[town % AREAS.length];
        int district = 1 + (street % 7) + 7 * (town / AREAS.length);
        long unit = SyntheticPartnership.mix(street * 10_000L + number / 20);
        char a = (char) ('A' + Math.floorMod(unit, 26));
        char b = (char) ('A' + Math.floorMod(unit >>> 8, 26));
        return area + district + " " + Math.floorMod(unit >>> 16, 10) + a + b;
    }
}
