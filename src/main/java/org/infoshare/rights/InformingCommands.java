package org.infoshare.rights;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.infoshare.rights.rules.InformMethod;
import org.infoshare.rights.rules.NotToldReason;

/** Publishing a privacy notice, and recording whether a person was told. */
public final class InformingCommands {

    private InformingCommands() {
    }

    public record PublishNotice(
            @NotBlank(message = "Enter the notice's title")
            @Size(max = 200, message = "The title must be 200 characters or fewer") String title,
            @NotBlank(message = "Enter the text of the notice")
            @Size(max = 20000, message = "The notice must be 20,000 characters or fewer") String body,
            @NotNull(message = "Enter the date the notice takes effect") LocalDate publishedOn) {
    }

    /**
     * @param told        true: they were told (date, method and notice version required); false: the reason they were not
     * @param noticeVersion which version of the organisation's privacy notice they were given; the current one if empty
     */
    public record RecordInforming(
            @NotNull(message = "Select the person") UUID subjectId,
            UUID disclosureId,
            @NotNull(message = "Select whether they were told") Boolean told,
            @PastOrPresent(message = "The date they were told must be today or in the past") LocalDate toldOn,
            InformMethod method,
            Integer noticeVersion,
            NotToldReason reason,
            @Size(max = 2000, message = "The note must be 2,000 characters or fewer") String note) {
    }
}
