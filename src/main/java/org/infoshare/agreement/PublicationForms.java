package org.infoshare.agreement;

import java.util.UUID;

/** The form for importing an agreement kept as a YAML or JSON file. */
final class PublicationForms {

    private PublicationForms() {
    }

    public static class ImportForm {
        private AgreementCommands.FileFormat format = AgreementCommands.FileFormat.YAML;
        private UUID agreementId;
        private String content;

        public AgreementCommands.FileFormat getFormat() { return format; }
        public void setFormat(AgreementCommands.FileFormat format) { this.format = format; }
        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
        public UUID getAgreementId() { return agreementId; }
        public void setAgreementId(UUID agreementId) { this.agreementId = agreementId; }
    }
}
