package org.infoshare.directory;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.infoshare.shared.Actor;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.shared.problem.TooManyAttemptsException;
import org.infoshare.web.AttemptThrottle;
import org.infoshare.web.FormSubmission;
import org.infoshare.web.SignInSessions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Your own account: details, training status, password, second step of signing in, and personal API tokens. */
@Controller
@RequestMapping("/account")
@SignedIn
class AccountPages {

    private final StaffAdministration staff;
    private final OrganisationAdministration organisations;
    private final ApiTokens tokens;
    private final TwoStepSignIn twoStep;
    private final FormSubmission forms;
    private final AttemptThrottle throttle;
    private final SignInSessions sessions;

    AccountPages(StaffAdministration staff, OrganisationAdministration organisations, ApiTokens tokens, TwoStepSignIn twoStep,
                 FormSubmission forms, AttemptThrottle throttle, SignInSessions sessions) {
        this.staff = staff;
        this.organisations = organisations;
        this.tokens = tokens;
        this.twoStep = twoStep;
        this.forms = forms;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    @GetMapping
    String show(Actor actor, Model model) {
        model.addAttribute("member", staff.member(actor, actor.userId()));
        model.addAttribute("teams", organisations.teams(actor.organisationId()));
        model.addAttribute("tokens", tokens.tokens(actor, actor.userId()));
        model.addAttribute("secondStep", twoStep.status(actor));
        model.addAttribute("today", staff.today());
        return "directory/account";
    }

    @GetMapping("/password")
    String password(Model model) {
        model.addAttribute("form", new DirectoryForms.PasswordForm());
        return "directory/account-password";
    }

    /** Throttled like signing in; your other sessions end, this one goes on. */
    @PostMapping("/password")
    String changePassword(Actor actor, @ModelAttribute("form") DirectoryForms.PasswordForm form, BindingResult binding,
                          RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        return forms.submit(binding, () -> {
            Instant othersEnded;
            try {
                othersEnded = throttle.attempt(AttemptThrottle.Proof.CURRENT_PASSWORD, actor.userId().toString(), request,
                        () -> staff.changeOwnPassword(actor, form.getCurrentPassword(), new DirectoryCommands.SetPassword(form.getPassword())));
            } catch (TooManyAttemptsException e) {
                throw AttemptThrottle.onForm(e, response);
            }
            sessions.keepThisSession(request, response, othersEnded);
            redirect.addFlashAttribute("success", "Your password has been changed. You have been signed out everywhere else.");
            return "redirect:/account";
        }, () -> "directory/account-password");
    }

    @GetMapping("/tokens/new")
    String newToken(Actor actor, Model model) {
        return StaffPages.tokenView(model, staff.member(actor, actor.userId()), new DirectoryForms.TokenForm(), "/account");
    }

    @PostMapping("/tokens/new")
    String issueToken(Actor actor, @ModelAttribute("form") DirectoryForms.TokenForm form, BindingResult binding, Model model) {
        StaffMember self = staff.member(actor, actor.userId());
        return forms.submit(binding, form::toCommand, command -> {
            model.addAttribute("issued", tokens.issue(actor, actor.userId(), command));
            model.addAttribute("member", self);
            model.addAttribute("returnTo", "/account");
            return "directory/token-issued";
        }, () -> StaffPages.tokenView(model, self, form, "/account"));
    }

    @PostMapping("/tokens/{tokenId}/revoke")
    String revokeToken(Actor actor, @PathVariable UUID tokenId, RedirectAttributes redirect) {
        tokens.revoke(actor, actor.userId(), tokenId);
        redirect.addFlashAttribute("success", "Token revoked");
        return "redirect:/account";
    }
}
