package org.infoshare.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.infoshare.shared.access.Public;
import org.infoshare.shared.access.SignedIn;
import org.infoshare.shared.problem.TooManyAttemptsException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page, the sign-in page and the accessibility statement. */
@Controller
class PlatformPages {

    static final String TOO_MANY_ATTEMPTS_PATH = "/sign-in/too-many-attempts";
    static final String REFUSAL_ATTRIBUTE = PlatformPages.class.getName() + ".refusal";

    static final String WRONG_PASSWORD = "Enter a correct username and password";
    static final String LOCKED = "Your account is locked after too many failed attempts to sign in. "
            + "Ask your organisation's partnership administrator to unlock it";

    private final OidcProperties oidc;
    private final ObjectProvider<ClientRegistrationRepository> oidcRegistrations;
    private final LayoutModel layout;

    PlatformPages(OidcProperties oidc, ObjectProvider<ClientRegistrationRepository> oidcRegistrations, LayoutModel layout) {
        this.oidc = oidc;
        this.oidcRegistrations = oidcRegistrations;
        this.layout = layout;
    }

    /** "Needs your attention": what waits for the signed-in person, each linking to its list; then everything else they may use. */
    @GetMapping("/")
    @SignedIn
    String start(HttpServletRequest request, Model model) {
        model.addAttribute("attention", layout.attention(request));
        model.addAttribute("everything", layout.navigation(request));
        return "start";
    }

    @GetMapping("/sign-in")
    @Public
    String signIn(@RequestParam(required = false) String error,
                  @RequestParam(required = false) String locked,
                  @RequestParam(name = "signed-out", required = false) String signedOut,
                  @RequestParam(required = false) String revoked,
                  @RequestParam(name = "session-ended", required = false) String sessionEnded,
                  @RequestParam(name = "unknown-identity", required = false) String unknownIdentity,
                  Model model) {
        model.addAttribute("errorMessage", locked != null ? LOCKED : error != null ? WRONG_PASSWORD : null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("revoked", revoked != null);
        model.addAttribute("sessionEnded", sessionEnded != null);
        model.addAttribute("unknownIdentity", unknownIdentity != null);
        return signInPage(model);
    }

    /**
     * Where a throttled sign-in is forwarded: the sign-in page, answered 429 with the time to wait. Reached
     * directly, with no refusal to show, it is the plain sign-in page.
     */
    @RequestMapping(TOO_MANY_ATTEMPTS_PATH)
    @Public
    String tooManyAttempts(HttpServletRequest request, HttpServletResponse response, Model model) {
        if (request.getAttribute(REFUSAL_ATTRIBUTE) instanceof TooManyAttemptsException refused) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(refused.retryAfterSeconds()));
            model.addAttribute("errorMessage", refused.getMessage());
        }
        return signInPage(model);
    }

    private String signInPage(Model model) {
        boolean oidcEnabled = oidcRegistrations.getIfAvailable() != null;
        model.addAttribute("oidcEnabled", oidcEnabled);
        model.addAttribute("oidcName", oidc.displayName());
        model.addAttribute("oidcPath", "/oauth2/authorization/" + SecurityConfiguration.OIDC_REGISTRATION);
        return "sign-in";
    }

    @GetMapping("/accessibility")
    @Public
    String accessibility() {
        return "accessibility";
    }
}
