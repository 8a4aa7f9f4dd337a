package org.infoshare.directory;

import java.util.function.Consumer;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The second step of signing in, after the password: a code from the authenticator app, a passkey, or a
 * recovery code. Codes are throttled like passwords, and wrong ones count towards the account's lock; if
 * they lock it, the session ends there and then.
 */
@Controller
@RequestMapping("/sign-in/two-step")
@SignedIn
class TwoStepPages {

    private final TwoStepSignIn twoStep;
    private final AttemptThrottle throttle;
    private final SignInSessions sessions;
    private final FormSubmission forms;

    TwoStepPages(TwoStepSignIn twoStep, AttemptThrottle throttle, SignInSessions sessions, FormSubmission forms) {
        this.twoStep = twoStep;
        this.throttle = throttle;
        this.sessions = sessions;
        this.forms = forms;
    }

    @GetMapping
    String codePage(Actor actor, HttpServletRequest request, Model model) {
        if (!SignInSessions.secondStepNeeded(request)) {
            return "redirect:/";
        }
        return codeView(actor, model, new SignInForms.CodeForm());
    }

    @PostMapping
    String code(Actor actor, @ModelAttribute("form") SignInForms.CodeForm form, BindingResult binding, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        if (!SignInSessions.secondStepNeeded(request)) {
            return "redirect:/";
        }
        return forms.submit(binding, parsing -> form.toAuthenticatorCode(),
                command -> take(actor, request, response, ignored -> twoStep.takeSecondStep(actor, command)),
                () -> codeView(actor, model, form));
    }

    @GetMapping("/recovery-code")
    String recoveryPage(HttpServletRequest request, Model model) {
        if (!SignInSessions.secondStepNeeded(request)) {
            return "redirect:/";
        }
        model.addAttribute("form", new SignInForms.CodeForm());
        return "directory/two-step-recovery";
    }

    @PostMapping("/recovery-code")
    String recovery(Actor actor, @ModelAttribute("form") SignInForms.CodeForm form, BindingResult binding,
                    HttpServletRequest request, HttpServletResponse response) {
        if (!SignInSessions.secondStepNeeded(request)) {
            return "redirect:/";
        }
        return forms.submit(binding, parsing -> form.toRecoveryCode(),
                command -> take(actor, request, response, ignored -> twoStep.takeSecondStep(actor, command)),
                () -> "directory/two-step-recovery");
    }

    private String take(Actor actor, HttpServletRequest request, HttpServletResponse response, Consumer<Void> check) {
        try {
            throttle.attempt(AttemptThrottle.Proof.SECOND_STEP, actor.userId().toString(), request, () -> check.accept(null));
        } catch (AccountLockedException e) {
            sessions.signOut(request, response);
            return "redirect:/sign-in?locked";
        } catch (TooManyAttemptsException e) {
            throw AttemptThrottle.onForm(e, response);
        }
        sessions.secondStepTaken(request, response);
        return "redirect:/";
    }

    private String codeView(Actor actor, Model model, SignInForms.CodeForm form) {
        TwoStepSignIn.Status status = twoStep.status(actor);
        model.addAttribute("form", form);
        model.addAttribute("authenticatorApp", status.authenticatorApp());
        model.addAttribute("hasPasskeys", !status.passkeys().isEmpty());
        return "directory/two-step";
    }
}
