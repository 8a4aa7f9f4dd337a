package org.infoshare.agreement.files;

import org.infoshare.agreement.Agreement;
import org.infoshare.agreement.AgreementCommands.FileFormat;
import org.infoshare.agreement.AgreementDocument;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.directory.Organisation;
import org.springframework.stereotype.Component;

/** Agreements as YAML or JSON files, with organisations named as the partnership directory names them. */
@Component
public class AgreementFiles {

    public static final String ROOT = AgreementCodec.ROOT;

    /** What a file says, read and with its organisations resolved. */
    public record Parsed(String reference, Integer catalogueVersion, AgreementDocument document) {
    }

    private final DirectoryLookup directory;

    AgreementFiles(DirectoryLookup directory) {
        this.directory = directory;
    }

    public String export(Agreement agreement, Agreement.Version version, FileFormat format) {
        return codec().export(agreement.reference(), version.catalogueVersion(), version.document(), format);
    }

    public Parsed parse(String content, FileFormat format) {
        AgreementCodec.Parsed parsed = codec().parse(content, format);
        return new Parsed(parsed.reference(), parsed.catalogueVersion(), parsed.document());
    }

    private AgreementCodec codec() {
        var organisations = directory.organisations();
        return new AgreementCodec(
                id -> organisations.stream().filter(o -> o.id().equals(id)).map(Organisation::name).findFirst(),
                name -> organisations.stream().filter(o -> o.name().equalsIgnoreCase(name.strip())).map(Organisation::id).findFirst());
    }
}
