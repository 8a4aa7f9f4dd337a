package org.infoshare.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.infoshare.dataset.rules.ColumnMode;
import org.infoshare.dataset.rules.ValueType;

/** The datasets module's web forms; property paths mirror {@link DatasetCommands}. */
final class DatasetForms {

    private DatasetForms() {
    }

    public static class UploadForm {
        private UUID specificationId;
        private DatasetFormat format = DatasetFormat.CSV;
        private ColumnMode columnMode = ColumnMode.REFUSE;
        private String idempotencyKey = UUID.randomUUID().toString();
        /** Stands for the file input, so that its problems show beside it; the file itself is streamed. */
        private String file;

        public UUID getSpecificationId() { return specificationId; }
        public void setSpecificationId(UUID specificationId) { this.specificationId = specificationId; }
        public DatasetFormat getFormat() { return format; }
        public void setFormat(DatasetFormat format) { this.format = format; }
        public ColumnMode getColumnMode() { return columnMode; }
        public void setColumnMode(ColumnMode columnMode) { this.columnMode = columnMode; }
        public String getIdempotencyKey() { return idempotencyKey; }
        public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
        public String getFile() { return file; }
        public void setFile(String file) { this.file = file; }
    }

    public static class SpecificationForm {
        private UUID agreementId;
        private UUID recipientOrganisationId;
        private UUID recipientTeamId;

        DatasetCommands.CreateSpecification toCommand(List<DatasetCommands.Column> columns) {
            return new DatasetCommands.CreateSpecification(agreementId, recipientOrganisationId, recipientTeamId, columns);
        }

        public UUID getAgreementId() { return agreementId; }
        public void setAgreementId(UUID agreementId) { this.agreementId = agreementId; }
        public UUID getRecipientOrganisationId() { return recipientOrganisationId; }
        public void setRecipientOrganisationId(UUID recipientOrganisationId) { this.recipientOrganisationId = recipientOrganisationId; }
        public UUID getRecipientTeamId() { return recipientTeamId; }
        public void setRecipientTeamId(UUID recipientTeamId) { this.recipientTeamId = recipientTeamId; }
    }

    /** One column, added to a specification. Errors are reported on {@code columns[n].field}; see {@link #path}. */
    public static class ColumnForm {
        private String name;
        private String item;
        private ValueType type;
        private String required = "yes";
        private String pseudonymise = "no";
        private String maxLength;
        private String allowedValues;

        DatasetCommands.Column toCommand() {
            Integer max = null;
            if (maxLength != null && !maxLength.isBlank()) {
                try {
                    max = Integer.valueOf(maxLength.strip());
                } catch (NumberFormatException e) {
                    max = -1;
                }
            }
            List<String> codes = allowedValues == null || allowedValues.isBlank() ? List.of()
                    : Arrays.stream(allowedValues.split("[\\r\\n,]+")).map(String::strip).filter(v -> !v.isEmpty()).toList();
            return new DatasetCommands.Column(name, item, type, "yes".equals(required), "yes".equals(pseudonymise), max,
                    new ArrayList<>(codes));
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getItem() { return item; }
        public void setItem(String item) { this.item = item; }
        public ValueType getType() { return type; }
        public void setType(ValueType type) { this.type = type; }
        public String getRequired() { return required; }
        public void setRequired(String required) { this.required = required; }
        public String getPseudonymise() { return pseudonymise; }
        public void setPseudonymise(String pseudonymise) { this.pseudonymise = pseudonymise; }
        public String getMaxLength() { return maxLength; }
        public void setMaxLength(String maxLength) { this.maxLength = maxLength; }
        public String getAllowedValues() { return allowedValues; }
        public void setAllowedValues(String allowedValues) { this.allowedValues = allowedValues; }
    }

    public static class TeamForm {
        private UUID recipientTeamId;
        private Integer version;

        public UUID getRecipientTeamId() { return recipientTeamId; }
        public void setRecipientTeamId(UUID recipientTeamId) { this.recipientTeamId = recipientTeamId; }
        public Integer getVersion() { return version; }
        public void setVersion(Integer version) { this.version = version; }
    }
}
