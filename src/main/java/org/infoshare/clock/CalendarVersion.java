package org.infoshare.clock;

/**
 * Which bank holidays a deadline was counted with.
 *
 * @param release the shipped data's release
 * @param change  the latest administrator's change applied to it (0 for none)
 */
public record CalendarVersion(String release, long change) {

    @Override
    public String toString() {
        return change == 0 ? release : release + "+" + change;
    }
}
