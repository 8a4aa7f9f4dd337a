package org.infoshare.directory;

/**
 * A named contact for a statutory role (DPO, Caldicott Guardian). These are published contact points
 * (UK GDPR Art 37(7) requires the DPO's to be), so they are held in clear.
 */
public record Contact(String name, String email, String phone) {

    public static final Contact NONE = new Contact(null, null, null);

    public boolean isEmpty() {
        return name == null && email == null && phone == null;
    }
}
