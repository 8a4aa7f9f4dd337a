package org.infoshare.delivery;

import org.infoshare.readlog.ReadHow;

/** How a recipient reads a disclosure: each is recorded as its own action. */
public enum DisclosureReading {
    OPENED("delivery.disclosure.opened", "Opened", ReadHow.VIEWED),
    DOWNLOADED("delivery.disclosure.downloaded", "Downloaded", ReadHow.DOWNLOADED),
    PRINTED("delivery.disclosure.printed", "Printed", ReadHow.PRINTED);

    private final String action;
    private final String label;
    private final ReadHow how;

    DisclosureReading(String action, String label, ReadHow how) {
        this.action = action;
        this.label = label;
        this.how = how;
    }

    /** How the read log records it. */
    public ReadHow how() {
        return how;
    }

    public String action() {
        return action;
    }

    public String label() {
        return label;
    }
}
