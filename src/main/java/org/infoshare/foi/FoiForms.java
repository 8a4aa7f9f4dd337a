package org.infoshare.foi;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.foi.rules.Ask;
import org.infoshare.foi.rules.Exemption;
import org.infoshare.foi.rules.FinalDecision;
import org.infoshare.foi.rules.Regime;
import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** FOI assistance's forms, their properties in the order the pages show them, mirroring the commands. */
final class FoiForms {

    private FoiForms() {
    }

    private static <E extends Enum<E>> Set<E> set(List<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    public static class AskForm {
        private Regime regime;
        private String holderReference;
        private DateInput receivedOn = new DateInput();
        private String request;
        private List<Ask> asks;
        private List<UUID> partners;

        FoiCommands.AskForAssistance toCommand(FormParsing parsing) {
            return new FoiCommands.AskForAssistance(regime, holderReference,
                    parsing.date(receivedOn, "receivedOn", "the date you received the request"), request, set(asks, Ask.class),
                    partners == null ? Set.of() : new HashSet<>(partners));
        }

        public Regime getRegime() { return regime; }
        public void setRegime(Regime regime) { this.regime = regime; }
        public String getHolderReference() { return holderReference; }
        public void setHolderReference(String holderReference) { this.holderReference = holderReference; }
        public DateInput getReceivedOn() { return receivedOn; }
        public void setReceivedOn(DateInput receivedOn) { this.receivedOn = receivedOn; }
        public String getRequest() { return request; }
        public void setRequest(String request) { this.request = request; }
        public List<Ask> getAsks() { return asks; }
        public void setAsks(List<Ask> asks) { this.asks = asks; }
        public List<UUID> getPartners() { return partners; }
        public void setPartners(List<UUID> partners) { this.partners = partners; }
    }

    public static class RespondForm {
        private String views;
        private Boolean concerns;
        private List<Exemption> exemptions;

        FoiCommands.Respond toCommand() {
            return new FoiCommands.Respond(views, concerns, set(exemptions, Exemption.class));
        }

        public String getViews() { return views; }
        public void setViews(String views) { this.views = views; }
        public Boolean getConcerns() { return concerns; }
        public void setConcerns(Boolean concerns) { this.concerns = concerns; }
        public List<Exemption> getExemptions() { return exemptions; }
        public void setExemptions(List<Exemption> exemptions) { this.exemptions = exemptions; }
    }

    public static class ExchangeForm {
        private String data;

        FoiCommands.CompleteExchange toCommand() {
            return new FoiCommands.CompleteExchange(data);
        }

        public String getData() { return data; }
        public void setData(String data) { this.data = data; }
    }

    public static class DecideForm {
        private FinalDecision decision;
        private List<Exemption> exemptions;
        private String notes;

        FoiCommands.Decide toCommand() {
            return new FoiCommands.Decide(decision, set(exemptions, Exemption.class), notes);
        }

        public FinalDecision getDecision() { return decision; }
        public void setDecision(FinalDecision decision) { this.decision = decision; }
        public List<Exemption> getExemptions() { return exemptions; }
        public void setExemptions(List<Exemption> exemptions) { this.exemptions = exemptions; }
        public String getNotes() { return notes; }
        public void setNotes(String notes) { this.notes = notes; }
    }
}
