package org.infoshare.rights.rules;

/** Who made a rights request: the person, or someone acting for them with the authority to (ICO: requests made on behalf of others). */
public enum RequesterCapacity {
    THE_PERSON("The person themselves"),
    PARENT("A parent or carer with parental responsibility"),
    LEGAL_REPRESENTATIVE("A solicitor or other representative with their written authority"),
    ATTORNEY_OR_DEPUTY("An attorney or deputy under the Mental Capacity Act 2005"),
    OTHER_AUTHORISED("Someone else with their written authority");

    private final String label;

    RequesterCapacity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
