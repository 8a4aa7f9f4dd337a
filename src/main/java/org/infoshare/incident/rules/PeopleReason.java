package org.infoshare.incident.rules;

/**
 * Why the people affected are told, or not. The exceptions are the law's own (UK GDPR Art 34(3); DPA 2018
 * s68(3)-(7); DPA 2018 Sch 2 para 2): not telling people at high risk needs one of them, or a recorded
 * departure from the assessment.
 */
public enum PeopleReason {
    HIGH_RISK(true, false, false, "Tell them: the breach is likely to result in a high risk to them"),
    GOOD_PRACTICE(true, false, false, "Tell them: the law does not require it, but they should know"),
    NOT_HIGH_RISK(false, false, false, "Do not tell them: the breach is not likely to result in a high risk to them"),
    UNINTELLIGIBLE(false, true, false, "Do not tell them: the information was unintelligible to whoever got it (Art 34(3)(a); s68(3)(a))"),
    RISK_REMOVED(false, true, false, "Do not tell them: what has been done since means the high risk is no longer likely (Art 34(3)(b); s68(3)(b))"),
    PUBLIC_NOTICE(false, true, false, "Do not tell each of them: it would take disproportionate effort, so make a public communication instead (Art 34(3)(c); s68(3)(c))"),
    CRIME_OR_INVESTIGATION(false, true, false, "Do not tell them: it would prejudice the prevention or detection of crime or an investigation (DPA 2018 Sch 2 para 2; s68(7)(a)-(b))"),
    RIGHTS_OF_OTHERS(false, true, true, "Do not tell them: it would put other people at risk (law enforcement processing only, s68(7)(e))");

    private final boolean tell;
    private final boolean exception;
    private final boolean lawEnforcementOnly;
    private final String label;

    PeopleReason(boolean tell, boolean exception, boolean lawEnforcementOnly, String label) {
        this.tell = tell;
        this.exception = exception;
        this.lawEnforcementOnly = lawEnforcementOnly;
        this.label = label;
    }

    public boolean tell() {
        return tell;
    }

    /** One of the law's exceptions to telling people at high risk. */
    public boolean exception() {
        return exception;
    }

    /** Available only for information processed for law enforcement purposes (DPA 2018 Part 3). */
    public boolean lawEnforcementOnly() {
        return lawEnforcementOnly;
    }

    public String label() {
        return label;
    }
}
