package org.infoshare.rights;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.infoshare.rights.rules.InformMethod;
import org.infoshare.rights.rules.NotToldReason;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** Publishing a privacy notice and recording whether a person was told, each mirroring its command. */
final class InformingForms {

    private InformingForms() {
    }

    public static class PublishForm {
        private String title;
        private String body;
        private DateInput publishedOn = new DateInput();
        private List<UUID> datasetSpecificationIds = new ArrayList<>();

        InformingCommands.PublishNotice toCommand(FormParsing parsing) {
            return new InformingCommands.PublishNotice(title, body, parsing.date(publishedOn, "publishedOn", "the date the notice takes effect"),
                    datasetSpecificationIds);
        }

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public DateInput getPublishedOn() { return publishedOn; }
        public void setPublishedOn(DateInput publishedOn) { this.publishedOn = publishedOn; }
        public List<UUID> getDatasetSpecificationIds() { return datasetSpecificationIds; }
        public void setDatasetSpecificationIds(List<UUID> ids) { this.datasetSpecificationIds = ids == null ? new ArrayList<>() : ids; }
    }

    /** The person is named by the organisation's reference (the page finds them); the share, when there is one, is carried. */
    public static class RecordForm {
        private String reference;
        private UUID disclosureId;
        private Boolean told;
        private DateInput toldOn = new DateInput();
        private InformMethod method;
        private Integer noticeVersion;
        private NotToldReason reason;
        private String note;

        InformingCommands.RecordInforming toCommand(FormParsing parsing, UUID subjectId) {
            boolean wasTold = Boolean.TRUE.equals(told);
            return new InformingCommands.RecordInforming(subjectId, disclosureId, told,
                    wasTold ? parsing.date(toldOn, "toldOn", "the date they were told") : null, wasTold ? method : null,
                    wasTold ? noticeVersion : null, Boolean.FALSE.equals(told) ? reason : null, note);
        }

        public String getReference() { return reference; }
        public void setReference(String reference) { this.reference = reference; }
        public UUID getDisclosureId() { return disclosureId; }
        public void setDisclosureId(UUID disclosureId) { this.disclosureId = disclosureId; }
        public Boolean getTold() { return told; }
        public void setTold(Boolean told) { this.told = told; }
        public DateInput getToldOn() { return toldOn; }
        public void setToldOn(DateInput toldOn) { this.toldOn = toldOn; }
        public InformMethod getMethod() { return method; }
        public void setMethod(InformMethod method) { this.method = method; }
        public Integer getNoticeVersion() { return noticeVersion; }
        public void setNoticeVersion(Integer noticeVersion) { this.noticeVersion = noticeVersion; }
        public NotToldReason getReason() { return reason; }
        public void setReason(NotToldReason reason) { this.reason = reason; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }
}
