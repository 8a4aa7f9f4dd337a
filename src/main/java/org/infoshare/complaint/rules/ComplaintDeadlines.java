package org.infoshare.complaint.rules;

/**
 * The organisation's own deadlines for complaints, in working days after the day a complaint is received (which
 * does not count): acknowledge it, then respond with the outcome. Each organisation sets its own (002 §3.2:
 * "handled under the policy and processes of the organisation concerned"); without a setting, 3 and 20.
 */
public record ComplaintDeadlines(int acknowledgeDays, int respondDays) {

    public static final ComplaintDeadlines DEFAULT = new ComplaintDeadlines(3, 20);
    public static final int MOST_ACKNOWLEDGE_DAYS = 60;
    public static final int MOST_RESPOND_DAYS = 120;

    /** Why a setting cannot stand: the field at fault, the rule and the reason; null when it can. */
    public record Problem(String field, String rule, String message) {
    }

    public static Problem check(Integer acknowledgeDays, Integer respondDays) {
        if (acknowledgeDays == null || acknowledgeDays < 1 || acknowledgeDays > MOST_ACKNOWLEDGE_DAYS) {
            return new Problem("acknowledgeDays", "range", "Enter a number of working days from 1 to " + MOST_ACKNOWLEDGE_DAYS + " to acknowledge");
        }
        if (respondDays == null || respondDays < 1 || respondDays > MOST_RESPOND_DAYS) {
            return new Problem("respondDays", "range", "Enter a number of working days from 1 to " + MOST_RESPOND_DAYS + " to respond");
        }
        if (respondDays < acknowledgeDays) {
            return new Problem("respondDays", "after-acknowledgement", "The response cannot be due before the acknowledgement");
        }
        return null;
    }
}
