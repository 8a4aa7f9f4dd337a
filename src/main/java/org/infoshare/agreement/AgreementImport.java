package org.infoshare.agreement;

import java.util.ArrayList;
import java.util.List;

import org.infoshare.agreement.files.AgreementFiles;
import org.infoshare.agreement.rules.ActivationRules;
import org.infoshare.shared.Actor;
import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.springframework.stereotype.Component;

/**
 * Reads an agreement file and checks it before anything is written: the document rules (those of activation,
 * less the DPIA and signatures), the importer's own organisation among the parties, and a catalogue version
 * that exists. Every problem names its path in the file.
 */
@Component
class AgreementImport {

    /** A file that passed every check, and the catalogue version its codes are read against. */
    record Checked(AgreementFiles.Parsed file, int catalogueVersion) {
    }

    private final AgreementFiles files;

    AgreementImport(AgreementFiles files) {
        this.files = files;
    }

    Checked check(Actor actor, AgreementCommands.ImportAgreement command, ActivationRules.Context context, int currentCatalogueVersion) {
        AgreementFiles.Parsed parsed = files.parse(command.content(), command.format());
        List<Violation> violations = new ArrayList<>(ActivationRules.document(parsed.document(), context).stream()
                .map(v -> new Violation(AgreementFiles.ROOT + "." + v.field(), v.rule(), v.message())).toList());
        if (!parsed.document().partyIds().contains(actor.organisationId())) {
            violations.add(new Violation(AgreementFiles.ROOT + ".parties", "own-organisation",
                    "Your organisation must be a party to an agreement it imports"));
        }
        int catalogueVersion = parsed.catalogueVersion() == null ? currentCatalogueVersion : parsed.catalogueVersion();
        if (catalogueVersion < 1 || catalogueVersion > currentCatalogueVersion) {
            violations.add(new Violation("catalogueVersion", "unknown-catalogue-version",
                    "The legal catalogue has no version " + catalogueVersion + " (the current version is " + currentCatalogueVersion + ")"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        return new Checked(parsed, catalogueVersion);
    }
}
