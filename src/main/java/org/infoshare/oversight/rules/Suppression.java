package org.infoshare.oversight.rules;

/** Why a published figure is, or is not, shown. */
public enum Suppression {
    /** Shown as counted. */
    SHOWN,
    /** Withheld because it counts fewer people or records than the threshold (and more than none). */
    SMALL_NUMBER,
    /** Withheld so that a small number elsewhere in its row or column cannot be worked out by subtraction. */
    SECONDARY
}
