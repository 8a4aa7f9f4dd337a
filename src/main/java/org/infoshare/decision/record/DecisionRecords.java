package org.infoshare.decision.record;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes recorded decisions in the current schema and reads every schema ever written. A new schema adds a
 * reader here and a set of fixed examples to the tests; no reader is ever removed.
 */
@Component
public class DecisionRecords {

    private final JsonMapper json;

    DecisionRecords(JsonMapper json) {
        this.json = json;
    }

    /** The record as one JSON document, in schema {@value DecisionRecord#CURRENT}. */
    public String write(DecisionRecord record) {
        if (record.schema() != DecisionRecord.CURRENT) {
            throw new IllegalArgumentException("Records are written in schema " + DecisionRecord.CURRENT + " only");
        }
        return json.writeValueAsString(record);
    }

    /** A schema 2 record: one document. */
    public DecisionRecord read(String document) {
        DecisionRecord record = json.readValue(document, DecisionRecord.class);
        if (record.schema() != DecisionRecord.CURRENT) {
            throw new IllegalStateException("A one-document record says it is schema " + record.schema());
        }
        return record;
    }

    /** A schema 1 record: what was stated, the facts and the result, each its own document. */
    public DecisionRecord readSchema1(String stated, String facts, String result, String engineVersion) {
        return RecordV1.read(json, stated, facts, result, engineVersion);
    }
}
