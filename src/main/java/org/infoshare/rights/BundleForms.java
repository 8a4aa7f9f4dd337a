package org.infoshare.rights;

import org.infoshare.rights.rules.Exemption;
import org.infoshare.rights.rules.ReleaseMethod;
import org.infoshare.rights.rules.Withholding;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** The bundle forms, each mirroring its command. */
final class BundleForms {

    private BundleForms() {
    }

    public static class ChooseForm {
        private String key;
        private Withholding.Choice choice;
        private Exemption exemption;

        BundleCommands.Choose toCommand(FormParsing parsing) {
            return new BundleCommands.Choose(key, choice, choice == Withholding.Choice.WITHHOLD ? exemption : null);
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public Withholding.Choice getChoice() { return choice; }
        public void setChoice(Withholding.Choice choice) { this.choice = choice; }
        public Exemption getExemption() { return exemption; }
        public void setExemption(Exemption exemption) { this.exemption = exemption; }
    }

    public static class IdentitiesForm {
        private String identities;

        BundleCommands.Identities toCommand(FormParsing parsing) {
            return new BundleCommands.Identities(identities);
        }

        public String getIdentities() { return identities; }
        public void setIdentities(String identities) { this.identities = identities; }
    }

    public static class ReleaseForm {
        private ReleaseMethod method;
        private DateInput releasedOn = new DateInput();

        BundleCommands.Release toCommand(FormParsing parsing) {
            return new BundleCommands.Release(method, parsing.date(releasedOn, "releasedOn", "the date it was released"));
        }

        public ReleaseMethod getMethod() { return method; }
        public void setMethod(ReleaseMethod method) { this.method = method; }
        public DateInput getReleasedOn() { return releasedOn; }
        public void setReleasedOn(DateInput releasedOn) { this.releasedOn = releasedOn; }
    }
}
