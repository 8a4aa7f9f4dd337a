package org.infoshare.delivery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.infoshare.decision.AuthorisedShare;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** Secure delivery's web forms; property paths mirror {@link DisclosureCommands}. */
final class DisclosureForms {

    private DisclosureForms() {
    }

    /** The compose form: one entry per item the decision allowed; only those included are disclosed. */
    public static class DisclosureForm {
        private UUID decisionId;
        private String recipient;
        private DateInput accessUntil = new DateInput();
        private List<ItemForm> items = new ArrayList<>();
        private String protectedIdentities;

        static DisclosureForm of(AuthorisedShare share) {
            DisclosureForm form = new DisclosureForm();
            form.decisionId = share.decisionId();
            if (share.recipientTeamId() != null) {
                form.recipient = "team:" + share.recipientTeamId();
            }
            for (AuthorisedShare.Item item : share.items()) {
                ItemForm entry = new ItemForm();
                entry.code = item.code();
                entry.include = true;
                entry.kind = item.opinion() ? ItemKind.OPINION : ItemKind.FACT;
                form.items.add(entry);
            }
            return form;
        }

        /** The command, and for each of its items the index of the form entry it came from. */
        record Parsed(DisclosureCommands.CreateDisclosure command, int[] formIndex) {
        }

        Parsed toCommand(FormParsing parsing) {
            List<DisclosureCommands.Item> chosen = new ArrayList<>();
            List<Integer> index = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                ItemForm item = items.get(i);
                if (item.include) {
                    chosen.add(new DisclosureCommands.Item(item.code, item.content, item.kind, item.historical, item.historicalNote,
                            item.notToSubject));
                    index.add(i);
                }
            }
            UUID team = null;
            UUID person = null;
            if (recipient != null && recipient.startsWith("team:")) {
                team = uuid(recipient.substring(5));
            } else if (recipient != null && recipient.startsWith("person:")) {
                person = uuid(recipient.substring(7));
            }
            List<String> identities = protectedIdentities == null ? List.of()
                    : Arrays.stream(protectedIdentities.split("\\r?\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new Parsed(new DisclosureCommands.CreateDisclosure(decisionId, team, person,
                    parsing.date(accessUntil, "accessUntil", "the last day of access"), chosen, identities),
                    index.stream().mapToInt(Integer::intValue).toArray());
        }

        private static UUID uuid(String value) {
            try {
                return UUID.fromString(value);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        public UUID getDecisionId() { return decisionId; }
        public void setDecisionId(UUID decisionId) { this.decisionId = decisionId; }
        public String getRecipient() { return recipient; }
        public void setRecipient(String recipient) { this.recipient = recipient; }
        public DateInput getAccessUntil() { return accessUntil; }
        public void setAccessUntil(DateInput accessUntil) { this.accessUntil = accessUntil; }
        public List<ItemForm> getItems() { return items; }
        public void setItems(List<ItemForm> items) { this.items = items; }
        public String getProtectedIdentities() { return protectedIdentities; }
        public void setProtectedIdentities(String protectedIdentities) { this.protectedIdentities = protectedIdentities; }
    }

    public static class ItemForm {
        private String code;
        private boolean include;
        private String content;
        private ItemKind kind;
        private boolean historical;
        private String historicalNote;
        private boolean notToSubject;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public boolean isInclude() { return include; }
        public void setInclude(boolean include) { this.include = include; }
        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
        public ItemKind getKind() { return kind; }
        public void setKind(ItemKind kind) { this.kind = kind; }
        public boolean isHistorical() { return historical; }
        public void setHistorical(boolean historical) { this.historical = historical; }
        public String getHistoricalNote() { return historicalNote; }
        public void setHistoricalNote(String historicalNote) { this.historicalNote = historicalNote; }
        public boolean isNotToSubject() { return notToSubject; }
        public void setNotToSubject(boolean notToSubject) { this.notToSubject = notToSubject; }
    }

    public static class ReasonForm {
        private String reason;

        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
    }
}
