package org.infoshare.delivery.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The whole of a notification: that something is waiting, and a link to sign in and see it. It never says
 * what the thing is, whom it is about, or who sent it, because e-mail is not a secure method of transfer
 * (002 §4.4): the platform is.
 *
 * @param noun "A disclosure", "A dataset" or "A notice"
 * @param link an absolute link into the platform, carrying only opaque ids
 */
public record WaitingMessage(String subject, String body) {

    /** Paths carry only route words and ids. */
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9/_-]*");

    public static WaitingMessage of(String noun, String baseUrl, String path) {
        Objects.requireNonNull(noun, "noun");
        if (!PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("A notification link is a plain path of ids");
        }
        String link = (baseUrl == null ? "" : baseUrl.replaceAll("/+$", "")) + path;
        String line = noun + " is waiting for you in infoshare";
        return new WaitingMessage(line,
                line + ".\n\n"
                        + "Sign in to infoshare to see it: " + link + "\n\n"
                        + "This e-mail does not say what it is or whom it is about, and never will: information is shared only "
                        + "inside infoshare, where it is encrypted, access-controlled and audited.\n");
    }
}
