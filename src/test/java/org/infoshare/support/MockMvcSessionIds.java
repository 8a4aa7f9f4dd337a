package org.infoshare.support;

import java.util.List;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.session.web.http.CookieHttpSessionIdResolver;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.HttpSessionIdResolver;

/**
 * Lets MockMvc tests keep a session as they always have ({@code .session(mockSession)}) while sessions live in
 * PostgreSQL as in production: the application's own signed cookies are read and written as usual, and for a
 * MockMvc request the session's id also travels on the MockHttpSession the test holds. Requests through a
 * real server (browser journeys) use the cookie alone.
 */
@TestComponent
public class MockMvcSessionIds implements HttpSessionIdResolver {

    private static final String SESSION_ID = MockMvcSessionIds.class.getName() + ".id";
    private static final String CREATED = MockMvcSessionIds.class.getName() + ".created";

    private final CookieHttpSessionIdResolver cookies = new CookieHttpSessionIdResolver();

    MockMvcSessionIds(CookieSerializer serializer) {
        cookies.setCookieSerializer(serializer);
    }

    @Override
    public List<String> resolveSessionIds(HttpServletRequest request) {
        List<String> fromCookies = cookies.resolveSessionIds(request);
        if (!fromCookies.isEmpty()) {
            return fromCookies;
        }
        MockHttpServletRequest mock = mock(request);
        HttpSession held = mock == null ? null : mock.getSession(false);
        return held != null && held.getAttribute(SESSION_ID) instanceof String id ? List.of(id) : List.of();
    }

    @Override
    public void setSessionId(HttpServletRequest request, HttpServletResponse response, String sessionId) {
        cookies.setSessionId(request, response, sessionId);
        MockHttpServletRequest mock = mock(request);
        if (mock == null) {
            return;
        }
        // A new id for the same session (signing in, a second step) stays on the test's MockHttpSession; a new
        // session after the old one was invalidated ends the old MockHttpSession, as a container would.
        HttpSession current = request.getSession(false);
        Long created = current == null ? null : current.getCreationTime();
        HttpSession held = mock.getSession(false);
        if (held != null && held.getAttribute(CREATED) instanceof Long before && !before.equals(created)) {
            held.invalidate();
        }
        HttpSession kept = mock.getSession(true);
        kept.setAttribute(SESSION_ID, sessionId);
        kept.setAttribute(CREATED, created);
    }

    @Override
    public void expireSession(HttpServletRequest request, HttpServletResponse response) {
        cookies.expireSession(request, response);
        MockHttpServletRequest mock = mock(request);
        HttpSession held = mock == null ? null : mock.getSession(false);
        if (held != null) {
            held.invalidate();
        }
    }

    private static MockHttpServletRequest mock(ServletRequest request) {
        ServletRequest current = request;
        while (current instanceof HttpServletRequestWrapper wrapper) {
            current = wrapper.getRequest();
        }
        return current instanceof MockHttpServletRequest mock ? mock : null;
    }
}
