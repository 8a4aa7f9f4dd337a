package org.infoshare.legal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The legal catalogue as it stands at one version: the built-in provisions plus any an administrator
 * has added.
 */
public record CatalogueSnapshot(int version, List<CatalogueEntry> entries) {

    public CatalogueSnapshot {
        entries = List.copyOf(entries);
    }

    public Map<String, LegalProvision> byCode() {
        Map<String, LegalProvision> byCode = new LinkedHashMap<>();
        entries.forEach(entry -> byCode.put(entry.provision().code(), entry.provision()));
        return byCode;
    }

    public Optional<LegalProvision> provision(String code) {
        return entries.stream().map(CatalogueEntry::provision).filter(p -> p.code().equals(code)).findFirst();
    }

    public List<LegalProvision> ofKind(ProvisionKind kind) {
        return entries.stream().map(CatalogueEntry::provision).filter(p -> p.kind() == kind).toList();
    }

    /** The citation for a code, or the code itself when it is not in the catalogue. */
    public String citation(String code) {
        return provision(code).map(LegalProvision::citation).orElse(code);
    }
}
