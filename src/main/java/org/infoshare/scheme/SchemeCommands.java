package org.infoshare.scheme;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.scheme.rules.HowReceived;
import org.infoshare.scheme.rules.Recipient;
import org.infoshare.scheme.rules.Recommendation;
import org.infoshare.scheme.rules.Scheme;
import org.infoshare.scheme.rules.Undertaking;

/** What police officers ask of the public disclosure schemes (004 §8.3, §8.6). */
public final class SchemeCommands {

    private SchemeCommands() {
    }

    /**
     * @param personAtRiskId the person at risk, one of your force's people
     * @param subjectId      the person the application is about, one of your force's people
     */
    public record RecordApplication(
            @NotNull(message = "Choose the scheme") Scheme scheme,
            @NotNull(message = "Enter the date the application was received") LocalDate receivedOn,
            @NotNull(message = "Choose how the application was received") HowReceived howReceived,
            @NotBlank(message = "Enter the applicant's name") @Size(max = 200, message = "The applicant's name must be 200 characters or fewer") String applicantName,
            @NotBlank(message = "Enter how to contact the applicant safely") @Size(max = 500, message = "The applicant's contact details must be 500 characters or fewer") String applicantContact,
            @NotBlank(message = "Enter the applicant's relationship to the person at risk") @Size(max = 200, message = "The relationship must be 200 characters or fewer") String relationship,
            @NotNull(message = "Choose the person at risk") UUID personAtRiskId,
            @NotNull(message = "Choose the person the application is about") UUID subjectId) {
    }

    public record RecordChecks(
            @NotBlank(message = "Enter what the initial checks found") @Size(max = 4_000, message = "The findings must be 4,000 characters or fewer") String findings) {
    }

    public record RecordMeeting(
            @NotNull(message = "Enter the date you met the applicant") LocalDate metOn,
            @NotNull(message = "Say whether the applicant's identity was verified") Boolean identityVerified,
            @NotBlank(message = "Enter how the applicant's identity was verified") @Size(max = 500, message = "How identity was verified must be 500 characters or fewer") String howIdentityVerified) {
    }

    public record RecordForum(
            @NotNull(message = "Enter the date the forum met") LocalDate heldOn,
            @NotBlank(message = "Enter the partners who contributed") @Size(max = 1_000, message = "The partners must be 1,000 characters or fewer") String partners,
            @NotNull(message = "Choose the forum's recommendation") Recommendation recommendation,
            @NotBlank(message = "Enter the forum's reasons") @Size(max = 4_000, message = "The reasons must be 4,000 characters or fewer") String reasons) {
    }

    /**
     * @param riskIndicated convictions, or information about the subject's behaviour, indicate a risk of harm
     * @param necessary     disclosure is necessary to protect the person at risk (for a child, in the child's interests)
     */
    public record Decide(
            @NotNull(message = "Choose who would be told") Recipient recipient,
            @NotNull(message = "Say whether what the police hold indicates a risk of harm") Boolean riskIndicated,
            @NotNull(message = "Say whether disclosure is necessary to protect the person at risk") Boolean necessary,
            @NotBlank(message = "Enter the reasons for your decision") @Size(max = 4_000, message = "The reasons must be 4,000 characters or fewer") String rationale) {
    }

    /**
     * @param discloseNonetheless when the undertaking was refused: whether you disclosed all the same
     * @param refusalReason       why you did or did not disclose without the undertaking
     */
    public record RecordDisclosure(
            @NotNull(message = "Enter the date of the disclosure") LocalDate disclosedOn,
            @NotNull(message = "Say whether the disclosure was made in person") Boolean inPerson,
            @NotNull(message = "Say whether the warning about confidentiality was given") Boolean warningGiven,
            @NotNull(message = "Say whether the undertaking of confidentiality was signed") Undertaking undertaking,
            Boolean discloseNonetheless,
            @Size(max = 4_000, message = "The reason must be 4,000 characters or fewer") String refusalReason,
            @Size(max = 4_000, message = "What was disclosed must be 4,000 characters or fewer") String whatDisclosed) {
    }
}
