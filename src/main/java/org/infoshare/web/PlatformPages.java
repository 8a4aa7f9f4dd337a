package org.infoshare.web;

import org.infoshare.shared.access.Public;
import org.infoshare.shared.access.SignedIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page, the sign-in page and the accessibility statement. */
@Controller
class PlatformPages {

    private final OidcProperties oidc;
    private final ObjectProvider<ClientRegistrationRepository> oidcRegistrations;

    PlatformPages(OidcProperties oidc, ObjectProvider<ClientRegistrationRepository> oidcRegistrations) {
        this.oidc = oidc;
        this.oidcRegistrations = oidcRegistrations;
    }

    @GetMapping("/")
    @SignedIn
    String start() {
        return "start";
    }

    @GetMapping("/sign-in")
    @Public
    String signIn(@RequestParam(required = false) String error,
                  @RequestParam(name = "signed-out", required = false) String signedOut,
                  @RequestParam(required = false) String revoked,
                  @RequestParam(name = "unknown-identity", required = false) String unknownIdentity,
                  Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        model.addAttribute("revoked", revoked != null);
        model.addAttribute("unknownIdentity", unknownIdentity != null);
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
