package org.infoshare.directory;

/** The organisation's role under data protection law for the data it shares (002 §1.2). */
public enum ControllerRole {
    CONTROLLER("Data controller"),
    JOINT_CONTROLLER("Joint controller"),
    PROCESSOR("Data processor");

    private final String label;

    ControllerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
