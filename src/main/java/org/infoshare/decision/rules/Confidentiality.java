package org.infoshare.decision.rules;

/** Whether the duty of confidence is engaged (003 'When?'; 004 §6; 002 §4.3). */
public enum Confidentiality {
    /** It identifies no one: not personal data, and no duty of confidence attaches to it. */
    NOT_PERSONAL,
    /** Already public, or given knowing it would be shared: the duty of confidence is not engaged. */
    NOT_CONFIDENTIAL,
    CONFIDENTIAL
}
