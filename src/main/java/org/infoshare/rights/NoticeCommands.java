package org.infoshare.rights;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.NoticeOutcome;

/** Passing a granted request or an inaccuracy on, and answering a notice. */
public final class NoticeCommands {

    private NoticeCommands() {
    }

    /**
     * @param itemCodes      the items the request is about; none means every item shared about the person
     * @param datasetUploads the datasets your organisation published that carried the person's information
     */
    public record SendNotices(List<String> itemCodes, List<UUID> datasetUploads,
                              @Size(max = 2000, message = "The note must be 2,000 characters or fewer") String note) {
        public SendNotices {
            itemCodes = itemCodes == null ? List.of() : List.copyOf(itemCodes);
            datasetUploads = datasetUploads == null ? List.of() : List.copyOf(datasetUploads);
        }
    }

    public record Confirm(
            @NotNull(message = "Select what you did about this notice") NoticeOutcome outcome,
            Exemption exemption,
            @Size(max = 2000, message = "The note must be 2,000 characters or fewer") String note) {
    }

    public record ReportInaccuracy(
            @NotNull(message = "Select the disclosure") UUID disclosureId,
            @NotBlank(message = "Select the item that is inaccurate") String itemCode,
            @NotBlank(message = "Say what is inaccurate and, if you know, what is right")
            @Size(max = 2000, message = "What is inaccurate must be 2,000 characters or fewer") String whatIsWrong) {
    }
}
