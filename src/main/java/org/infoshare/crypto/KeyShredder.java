package org.infoshare.crypto;

import org.springframework.stereotype.Component;

/** Crypto-shredding: destroying a scope's keys disposes of everything sealed under them, in every table. */
@Component
public class KeyShredder {

    private final KeyVault vault;

    KeyShredder(KeyVault vault) {
        this.vault = vault;
    }

    /** @return true if a live key was destroyed, false if none existed or it was already destroyed */
    public boolean destroy(KeyScope scope) {
        return vault.destroy(scope);
    }

    /** Destroys the keys of many scopes of one type at once (a disposal run); returns how many keys were destroyed. */
    public int destroyAll(KeyScope.Type type, java.util.Collection<java.util.UUID> ids) {
        return vault.destroyAll(type, ids);
    }

    public boolean isDestroyed(KeyScope scope) {
        return vault.isDestroyed(scope);
    }
}
