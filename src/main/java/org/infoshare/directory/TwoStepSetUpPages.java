package org.infoshare.directory;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.infoshare.shared.Actor;
import org.infoshare.shared.access.SignedIn;
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

/**
 * Your second step of signing in: set up an authenticator app or a passkey, get new recovery codes, remove
 * a way you no longer use. Someone whose organisation requires a second step for their role and who has
 * none is brought here after their password, and can do nothing else until they have set one up. Setting
 * one up proves the person holds it, so the session counts as having taken its second step.
 */
@Controller
@RequestMapping("/account/two-step")
@SignedIn
class TwoStepSetUpPages {

    /** The authenticator secret offered, kept in the session until a code confirms it. */
    static final String PENDING_SECRET = TwoStepSetUpPages.class.getName() + ".secret";

    private final TwoStepSignIn twoStep;
    private final SignInSessions sessions;
    private final FormSubmission forms;

    TwoStepSetUpPages(TwoStepSignIn twoStep, SignInSessions sessions, FormSubmission forms) {
        this.twoStep = twoStep;
        this.sessions = sessions;
        this.forms = forms;
    }

    @GetMapping
    String overview(Actor actor, HttpServletRequest request, Model model) {
        model.addAttribute("status", twoStep.status(actor));
        model.addAttribute("setUpNeeded", SignInSessions.setUpNeeded(request));
        return "directory/two-step-overview";
    }

    @GetMapping("/authenticator-app")
    String authenticatorApp(Actor actor, HttpSession session, Model model) {
        TwoStepSignIn.NewAuthenticator offered = twoStep.newAuthenticator(actor);
        session.setAttribute(PENDING_SECRET, offered);
        return authenticatorView(model, offered, new SignInForms.CodeForm());
    }

    @PostMapping("/authenticator-app")
    String confirmAuthenticatorApp(Actor actor, @ModelAttribute("form") SignInForms.CodeForm form, BindingResult binding,
                                   Model model, HttpServletRequest request, HttpServletResponse response,
                                   RedirectAttributes redirect) {
        HttpSession session = request.getSession();
        if (!(session.getAttribute(PENDING_SECRET) instanceof TwoStepSignIn.NewAuthenticator offered)) {
            return "redirect:/account/two-step/authenticator-app";
        }
        return forms.submit(binding, parsing -> form.toAuthenticatorCode(), command -> {
            List<String> recoveryCodes = twoStep.setUpAuthenticatorApp(actor, offered.secret(), command);
            session.removeAttribute(PENDING_SECRET);
            sessions.secondStepTaken(request, response);
            return afterSetUp(model, redirect, recoveryCodes, "Authenticator app set up");
        }, () -> authenticatorView(model, offered, form));
    }

    @PostMapping("/authenticator-app/remove")
    String removeAuthenticatorApp(Actor actor, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        Instant othersEnded = twoStep.removeAuthenticatorApp(actor);
        sessions.keepThisSession(request, response, othersEnded);
        redirect.addFlashAttribute("success", "Authenticator app removed. You have been signed out everywhere else.");
        return "redirect:/account/two-step";
    }

    @GetMapping("/passkeys/new")
    String newPasskey() {
        return "directory/passkey-new";
    }

    /** Where the page for a new passkey goes once the browser has registered it. */
    @GetMapping("/passkeys/added")
    String passkeyAdded(Actor actor, Model model, HttpServletRequest request, HttpServletResponse response,
                        RedirectAttributes redirect) {
        if (twoStep.status(actor).passkeys().isEmpty()) {
            return "redirect:/account/two-step/passkeys/new";
        }
        List<String> recoveryCodes = twoStep.recoveryCodesIfNone(actor);
        sessions.secondStepTaken(request, response);
        return afterSetUp(model, redirect, recoveryCodes, "Passkey added");
    }

    @PostMapping("/passkeys/{passkeyId}/remove")
    String removePasskey(Actor actor, @PathVariable String passkeyId, HttpServletRequest request, HttpServletResponse response,
                         RedirectAttributes redirect) {
        Instant othersEnded = twoStep.removePasskey(actor, passkeyId);
        sessions.keepThisSession(request, response, othersEnded);
        redirect.addFlashAttribute("success", "Passkey removed. You have been signed out everywhere else.");
        return "redirect:/account/two-step";
    }

    @PostMapping("/recovery-codes")
    String newRecoveryCodes(Actor actor, Model model) {
        model.addAttribute("codes", twoStep.newRecoveryCodes(actor));
        model.addAttribute("heading", "Your new recovery codes");
        return "directory/recovery-codes";
    }

    private String afterSetUp(Model model, RedirectAttributes redirect, List<String> recoveryCodes, String done) {
        if (recoveryCodes.isEmpty()) {
            redirect.addFlashAttribute("success", done);
            return "redirect:/account/two-step";
        }
        model.addAttribute("codes", recoveryCodes);
        model.addAttribute("heading", done + ": save your recovery codes");
        return "directory/recovery-codes";
    }

    private static String authenticatorView(Model model, TwoStepSignIn.NewAuthenticator offered, SignInForms.CodeForm form) {
        model.addAttribute("offered", offered);
        model.addAttribute("form", form);
        return "directory/authenticator-app";
    }
}
