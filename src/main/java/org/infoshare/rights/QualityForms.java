package org.infoshare.rights;

import java.util.UUID;

/** Reporting an inaccuracy, and the sender's correction of the reported item, each mirroring its command. */
final class QualityForms {

    private QualityForms() {
    }

    public static class ReportForm {
        private UUID disclosureId;
        private String itemCode;
        private String whatIsWrong;

        NoticeCommands.ReportInaccuracy toCommand() {
            return new NoticeCommands.ReportInaccuracy(disclosureId, itemCode, whatIsWrong);
        }

        public UUID getDisclosureId() { return disclosureId; }
        public void setDisclosureId(UUID disclosureId) { this.disclosureId = disclosureId; }
        public String getItemCode() { return itemCode; }
        public void setItemCode(String itemCode) { this.itemCode = itemCode; }
        public String getWhatIsWrong() { return whatIsWrong; }
        public void setWhatIsWrong(String whatIsWrong) { this.whatIsWrong = whatIsWrong; }
    }

    /** The reported item is fixed by the report; the sender says what it should say and why. */
    public static class CorrectForm {
        private String content;
        private String why;

        RectificationCommands.CorrectItem toCommand(QualityReport report) {
            return new RectificationCommands.CorrectItem(report.disclosureId(), report.itemCode(), content, why);
        }

        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
        public String getWhy() { return why; }
        public void setWhy(String why) { this.why = why; }
    }
}
