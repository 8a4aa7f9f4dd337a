package org.infoshare.cluster;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.infoshare.crypto.BlindIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.web.http.CookieSerializer;

/**
 * The session cookie carries the session's id and a keyed MAC of it (HMAC-SHA-256 under a deployment key that
 * the database never holds). The sessions table holds the ids, so without the MAC anyone able to read the
 * database, or a copy of it, could take over every live session; with it, an id read there opens nothing.
 * A cookie whose MAC does not hold is ignored, as if there were none.
 */
final class SignedSessionCookies implements CookieSerializer {

    static final String PURPOSE = "session-cookie";
    private static final char SEPARATOR = '.';

    private final CookieSerializer cookies;
    private final ObjectProvider<BlindIndex> macs;

    SignedSessionCookies(CookieSerializer cookies, ObjectProvider<BlindIndex> macs) {
        this.cookies = cookies;
        this.macs = macs;
    }

    @Override
    public void writeCookieValue(CookieValue value) {
        String id = value.getCookieValue();
        if (id == null || id.isEmpty()) {
            // Expiring the cookie: nothing to sign.
            cookies.writeCookieValue(value);
            return;
        }
        CookieValue signed = new CookieValue(value.getRequest(), value.getResponse(), sign(id));
        signed.setCookieMaxAge(value.getCookieMaxAge());
        cookies.writeCookieValue(signed);
    }

    @Override
    public List<String> readCookieValues(HttpServletRequest request) {
        List<String> ids = new ArrayList<>();
        for (String value : cookies.readCookieValues(request)) {
            int separator = value.lastIndexOf(SEPARATOR);
            if (separator <= 0) {
                continue;
            }
            String id = value.substring(0, separator);
            byte[] presented = value.substring(separator + 1).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(mac(id).getBytes(StandardCharsets.US_ASCII), presented)) {
                ids.add(id);
            }
        }
        return ids;
    }

    String sign(String id) {
        return id + SEPARATOR + mac(id);
    }

    private String mac(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(macs.getObject().of(PURPOSE, id));
    }
}
