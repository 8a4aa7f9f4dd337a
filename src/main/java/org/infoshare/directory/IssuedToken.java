package org.infoshare.directory;

/** A newly issued token, with its secret: the only time the secret is ever available. */
public record IssuedToken(ApiToken token, String secret) {
}
