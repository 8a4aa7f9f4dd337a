package org.infoshare.incident;

import java.util.List;

/**
 * The content of a report to the Information Commissioner's Office, drafted from the incident's record in the
 * order of the ICO's breach report: the organisation, the breach, the people and information involved, the
 * likely consequences, the action taken, and the timing. The Data Protection Officer checks it and sends it; the
 * platform has no connection to the ICO.
 *
 * @param provision the duty it is made under: UK GDPR Art 33, or DPA 2018 s67 for law enforcement processing
 */
public record IcoReport(String reference, String organisation, String provision, List<Section> sections) {

    public record Section(String heading, List<Answer> answers) {
    }

    /** One question of the report and the answer drafted from the record ("Not recorded" when there is none). */
    public record Answer(String question, String answer) {
    }
}
