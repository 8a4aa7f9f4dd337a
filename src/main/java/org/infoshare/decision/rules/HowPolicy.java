package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.infoshare.agreement.TransferMethod;

import static org.infoshare.decision.rules.Ruling.step;

/**
 * Layer 16: how to share. The right person, a secure method (never unencrypted email), fact distinguished from
 * opinion, third parties protected, and the person told unless that would create or increase risk, with the
 * reason recorded (003 'How?'; 002 §3.1, §4.4; 004 rules 2, 5, 6 and §6). Meetings are an approved method; the
 * telephone only when the need is urgent, confirmed in writing afterwards (002 §4.4; 004 §6).
 */
final class HowPolicy {

    private static final Set<TransferMethod> ROUTINE = EnumSet.complementOf(EnumSet.of(TransferMethod.TELEPHONE));

    private HowPolicy() {
    }

    /**
     * @param personalData   the information identifies someone
     * @param shared         the items layer 15 allowed
     * @param notConsulted   the organisation owed confidence was not consulted because it was too urgent
     */
    static Ruling<DecisionResult.Conditions> decide(DecisionFacts f, ApplicableAgreement agreement, boolean personalData,
                                                     List<DecisionResult.ItemDecision> shared, boolean notConsulted) {
        List<String> notes = new ArrayList<>(5);
        Set<TransferMethod> methods = EnumSet.noneOf(TransferMethod.class);
        if (agreement != null && !agreement.transferMethods().isEmpty()) {
            methods.addAll(agreement.transferMethods());
            notes.add("Use a method agreement " + agreement.name() + " sets.");
        } else {
            methods.addAll(ROUTINE);
        }
        boolean confirmInWriting = false;
        if (f.urgency().pressing()) {
            methods.add(TransferMethod.TELEPHONE);
            confirmInWriting = true;
            notes.add("If you share by telephone because it is urgent, confirm what you shared in writing afterwards.");
        } else {
            methods.remove(TransferMethod.TELEPHONE);
            if (methods.isEmpty()) {
                methods.addAll(ROUTINE);
            }
        }
        if (methods.contains(TransferMethod.MEETING)) {
            notes.add("If you share at a meeting, limit who attends and who receives the minutes to those who need to know.");
        }
        notes.add("Give it only to the named team or person who needs it, not to anyone else in the organisation.");
        if (notConsulted) {
            notes.add("Tell the organisation that gave you the information in confidence what you shared, and why, as soon as you can.");
        }

        boolean inform;
        String notInformReason = null;
        if (!personalData) {
            inform = false;
            notInformReason = "The information identifies no one.";
        } else if (f.person().deceased()) {
            inform = false;
            notInformReason = "The person has died.";
        } else if (f.inform().willInform() == Answer.NO && f.inform().reasonNot() != null) {
            inform = false;
            notInformReason = f.inform().reasonNot().label();
        } else {
            inform = true;
            if (f.inform().willInform() == Answer.NO) {
                notes.add("No reason not to tell them was recorded, so tell them what was shared, unless that would create or increase a risk of harm.");
            }
        }
        boolean opinion = false;
        boolean others = false;
        for (DecisionFacts.RequestedItem item : f.items()) {
            if (item.necessary() && shared.stream().anyMatch(s -> s.code().equals(item.code()))) {
                opinion |= item.opinion();
                others |= item.identifiesOthers();
            }
        }
        if (f.outsideUk() != OutsideUk.NO) {
            notes.add("Record the safeguards for processing outside the UK with the share.");
        }
        DecisionResult.Conditions conditions = new DecisionResult.Conditions(methods, inform, notInformReason, opinion, others, confirmInWriting,
                f.outsideUk() != OutsideUk.NO, notes);
        return Ruling.proceed(conditions, step("How should it be shared?",
                inform ? "Securely, to the named recipient, and tell the person" : "Securely, to the named recipient; the person is not told",
                inform ? "Tell the person what has been shared if they were not aware, as long as that would not create or increase a risk of harm."
                        : "Not telling the person is recorded with its reason.",
                "003 'How?'; 002 §3.1, §4.4"));
    }
}
