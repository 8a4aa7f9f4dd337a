package org.infoshare.rights;

import java.util.UUID;

import org.infoshare.web.DateInput;
import org.infoshare.web.FormParsing;

/** The correction forms, each mirroring its command; an item is chosen as one value naming its disclosure and code. */
final class RectificationForms {

    private RectificationForms() {
    }

    public static class PersonForm {
        private String name;
        private DateInput dateOfBirth = new DateInput();
        private String why;

        RectificationCommands.CorrectPerson toCommand(FormParsing parsing) {
            return new RectificationCommands.CorrectPerson(RightsForms.blankToNull(name), parsing.date(dateOfBirth, "dateOfBirth", "their date of birth"), why);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public DateInput getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(DateInput dateOfBirth) { this.dateOfBirth = dateOfBirth; }
        public String getWhy() { return why; }
        public void setWhy(String why) { this.why = why; }
    }

    public static class ItemForm {
        /** {@code <disclosure id>/<item code>}, as offered by the page. */
        private String item;
        private String content;
        private String why;

        RectificationCommands.CorrectItem toCommand(FormParsing parsing) {
            UUID disclosure = null;
            String code = null;
            if (item != null && item.indexOf('/') == 36) {
                try {
                    disclosure = UUID.fromString(item.substring(0, 36));
                    code = item.substring(37);
                } catch (IllegalArgumentException e) {
                    disclosure = null; // reported as no disclosure chosen
                }
            }
            return new RectificationCommands.CorrectItem(disclosure, code, content, why);
        }

        public String getItem() { return item; }
        public void setItem(String item) { this.item = item; }
        public String getContent() { return content; }
        public void setContent(String content) { this.content = content; }
        public String getWhy() { return why; }
        public void setWhy(String why) { this.why = why; }
    }
}
