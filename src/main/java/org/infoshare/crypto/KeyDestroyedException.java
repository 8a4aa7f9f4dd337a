package org.infoshare.crypto;

/** The key that sealed this value has been destroyed: the value is disposed of and can never be read again. */
public class KeyDestroyedException extends RuntimeException {

    public KeyDestroyedException(KeyScope scope) {
        super("The " + scope.type().name().toLowerCase() + " key " + scope.id() + " has been destroyed; the data it protected is disposed of");
    }
}
