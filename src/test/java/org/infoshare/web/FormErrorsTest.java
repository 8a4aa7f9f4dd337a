package org.infoshare.web;

import java.util.List;
import java.util.Set;

import org.infoshare.shared.problem.InvalidRequestException;
import org.infoshare.shared.problem.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import static org.assertj.core.api.Assertions.assertThat;

/** The error summary reads in the order of the form, whatever order the rules were broken in. */
class FormErrorsTest {

    public static class Contact {
        private String name;
        private String email;

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
    }

    /** Declared in the order a page would show them; deliberately not alphabetical. */
    public static class Form {
        private String title;
        private Contact contact = new Contact();
        private Set<String> roles;
        private DateInput startsOn = new DateInput();

        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Contact getContact() { return contact; }
        public void setContact(Contact contact) { this.contact = contact; }
        public Set<String> getRoles() { return roles; }
        public void setRoles(Set<String> roles) { this.roles = roles; }
        public DateInput getStartsOn() { return startsOn; }
        public void setStartsOn(DateInput startsOn) { this.startsOn = startsOn; }
    }

    @Test
    void problemsAreShownInTheOrderTheFormDeclaresItsFields() {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");
        FormErrors.show(binding, new InvalidRequestException(List.of(
                new Violation("startsOn", "date", "Enter a real date"),
                new Violation("roles", "required", "Select a role"),
                new Violation("contact.email", "email", "Enter an email address"),
                new Violation("title", "required", "Enter a title"),
                new Violation("contact.name", "required", "Enter a name"))));

        assertThat(binding.getFieldErrors()).extracting(FieldError::getField)
                .containsExactly("title", "contact.name", "contact.email", "roles", "startsOn");
    }

    @Test
    void problemsNotAboutAFieldComeFirstAndUnknownPathsLast() {
        BeanPropertyBindingResult binding = new BeanPropertyBindingResult(new Form(), "form");
        FormErrors.show(binding, new InvalidRequestException(List.of(
                new Violation("roles", "required", "Select a role"),
                new Violation("nickname", "unknown", "Not on this form"),
                new Violation("", "stale", "Someone else changed this"))));

        assertThat(binding.getAllErrors()).extracting(ObjectError::getDefaultMessage)
                .containsExactly("Someone else changed this", "Select a role", "Not on this form");
        assertThat(binding.getFieldErrors()).extracting(FieldError::getField).containsExactly("roles");
    }

    @Test
    void positionsCompareStepByStep() {
        assertThat(FormErrors.position(Form.class, "")).containsExactly(-1);
        assertThat(FormErrors.position(Form.class, "title")).containsExactly(0);
        assertThat(FormErrors.position(Form.class, "contact.email")).containsExactly(1, 1);
        assertThat(FormErrors.position(Form.class, "roles[0]")).containsExactly(2);
        assertThat(FormErrors.position(Form.class, "contact.phone")).containsExactly(1, Integer.MAX_VALUE);
    }
}
