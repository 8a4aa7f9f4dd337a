package org.infoshare.scheme.rules;

import org.infoshare.directory.OrganisationType;

/**
 * May this organisation disclose under the scheme? The schemes are run by the police: information "can only be
 * accessed through direct application to them" (004 §8.6), and the police answer applications and partners'
 * requests under the DVDS (004 §8.3). The scheme's gateway in the legal catalogue names the kinds of body it
 * empowers.
 */
public final class SchemeGatewayPolicy {

    public static final String GATEWAY_AVAILABLE = "scheme-gateway-available";
    public static final String NOT_THE_POLICE = "scheme-gateway-police-only";

    private SchemeGatewayPolicy() {
    }

    public static Verdict decide(Scheme scheme, OrganisationType holder) {
        if (holder != null && scheme.gateway().mayBeReliedOnBy(holder)) {
            return Verdict.yes(GATEWAY_AVAILABLE, "The police may disclose under the " + scheme.gateway().citation(), scheme.source());
        }
        return Verdict.no(NOT_THE_POLICE, "", "Only the police disclose under the " + scheme.gateway().citation(), scheme.source());
    }
}
