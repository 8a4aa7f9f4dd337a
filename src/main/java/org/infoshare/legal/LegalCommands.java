package org.infoshare.legal;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.directory.OrganisationType;

/** What callers ask the legal catalogue to do. */
public final class LegalCommands {

    private LegalCommands() {
    }

    /** A provision the built-in catalogue lacks, for example a statutory gateway in a newer Act. */
    public record AddProvision(
            @NotBlank(message = "Enter a code, like CSA2025-S4")
            @Pattern(regexp = "^([A-Z0-9][A-Z0-9-]{1,39})?$", message = "The code must be 2 to 40 capital letters, numbers and hyphens, like CSA2025-S4")
            String code,
            @NotNull(message = "Select the layer the provision belongs to") ProvisionKind kind,
            @NotBlank(message = "Enter the citation, like Children's Wellbeing and Schools Act 2025 s4")
            @Size(max = 200, message = "Citation must be 200 characters or fewer") String citation,
            @NotBlank(message = "Enter a short title")
            @Size(max = 200, message = "Title must be 200 characters or fewer") String title,
            @Size(max = 1000, message = "Summary must be 1000 characters or fewer") String summary,
            Set<OrganisationType> holders) {

        public AddProvision(String code, ProvisionKind kind, String citation, String title, String summary) {
            this(code, kind, citation, title, summary, Set.of());
        }
    }
}
