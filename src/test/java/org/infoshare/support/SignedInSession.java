package org.infoshare.support;

import jakarta.servlet.http.HttpSession;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Signs in through the real sign-in form (password, CSRF token) and hands back the browser session. */
public final class SignedInSession {

    private SignedInSession() {
    }

    /** A demo account's session (every demo account shares {@link DemoPartnership#PASSWORD}). */
    public static MockHttpSession of(MockMvc mvc, String username) throws Exception {
        return of(mvc, username, DemoPartnership.PASSWORD);
    }

    public static MockHttpSession of(MockMvc mvc, String username, String password) throws Exception {
        MvcResult result = mvc.perform(post("/sign-in").with(csrf())
                        .param("username", username).param("password", password))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/"))
                .andReturn();
        HttpSession session = result.getRequest().getSession(false);
        if (!(session instanceof MockHttpSession mock)) {
            throw new AssertionError("Signing in as " + username + " kept no session");
        }
        return mock;
    }
}
