package org.infoshare.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signs in through the real sign-in form, as a browser would, for page tests. */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private Browser() {
    }

    public static MockHttpSession signIn(MockMvc mvc, String username) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").param("username", username).param("password", DemoPartnership.PASSWORD).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        if (result.getResponse().getRedirectedUrl() != null && result.getResponse().getRedirectedUrl().contains("error")) {
            throw new IllegalStateException("Could not sign in as " + username);
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** The CSRF token a page's forms carry. */
    public static String csrfToken(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("The page has no form with a CSRF token");
        }
        return matcher.group(1);
    }
}
