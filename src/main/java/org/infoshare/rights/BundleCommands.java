package org.infoshare.rights;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.ReleaseMethod;
import org.infoshare.rights.rules.Withholding;

/** The Data Protection Officer's work on a bundle. */
public final class BundleCommands {

    private BundleCommands() {
    }

    /** Include, withhold (naming the exemption) or let the default stand for one entry, by its key. */
    public record Choose(
            @NotBlank(message = "Select the entry") String key,
            @NotNull(message = "Select whether to include or withhold it") Withholding.Choice choice,
            Exemption exemption) {
    }

    /** Other people's identities to withhold wherever they appear, one per line. */
    public record Identities(@Size(max = 5000, message = "The names must be 5,000 characters or fewer") String identities) {
    }

    public record Release(
            @NotNull(message = "Select how the bundle reached them") ReleaseMethod method,
            @NotNull(message = "Enter the date it was released")
            @PastOrPresent(message = "The date it was released must be today or in the past") LocalDate releasedOn) {
    }
}
