package org.infoshare.decision.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.infoshare.agreement.TransferMethod;

/**
 * Layer 7: how to share. The right person, a secure method (never unencrypted email), fact distinguished from
 * opinion, third parties protected, and the person told unless that would create or increase risk, with the
 * reason recorded (003 'How?'; 002 §3.1, §4.4; 004 rules 2, 5, 6 and §6).
 */
final class HowPolicy implements Layer {

    private static final Set<TransferMethod> WRITTEN = EnumSet.complementOf(EnumSet.of(TransferMethod.TELEPHONE_OR_MEETING));

    @Override
    public Verdict apply(Workings w) {
        DecisionFacts f = w.facts;
        List<String> notes = new ArrayList<>(4);
        Set<TransferMethod> methods = EnumSet.noneOf(TransferMethod.class);
        if (w.agreement != null && !w.agreement.transferMethods().isEmpty()) {
            methods.addAll(w.agreement.transferMethods());
            notes.add("Use a method agreement " + w.agreement.name() + " sets.");
        } else {
            methods.addAll(WRITTEN);
        }
        boolean confirmInWriting = false;
        if (f.urgency().pressing()) {
            methods.add(TransferMethod.TELEPHONE_OR_MEETING);
            confirmInWriting = true;
            notes.add("If you share by telephone or in person because it is urgent, confirm what you shared in writing afterwards.");
        } else {
            methods.remove(TransferMethod.TELEPHONE_OR_MEETING);
            if (methods.isEmpty()) {
                methods.addAll(WRITTEN);
            }
        }
        notes.add("Give it only to the named team or person who needs it, not to anyone else in the organisation.");

        boolean inform;
        String notInformReason = null;
        if (w.anonymous) {
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
            if (item.necessary() && contains(w.shared, item.code())) {
                opinion |= item.opinion();
                others |= item.identifiesOthers();
            }
        }
        if (f.outsideUk() != OutsideUk.NO) {
            notes.add("Record the safeguards for processing outside the UK with the share.");
        }
        w.conditions = new DecisionResult.Conditions(methods, inform, notInformReason, opinion, others, confirmInWriting,
                f.outsideUk() != OutsideUk.NO, notes);
        w.step("How should it be shared?",
                inform ? "Securely, to the named recipient, and tell the person" : "Securely, to the named recipient; the person is not told",
                inform ? "Tell the person what has been shared if they were not aware, as long as that would not create or increase a risk of harm."
                        : "Not telling the person is recorded with its reason.",
                "003 'How?'; 002 §3.1, §4.4");
        return null;
    }

    private static boolean contains(List<DecisionResult.ItemDecision> items, String code) {
        for (DecisionResult.ItemDecision item : items) {
            if (item.code().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
