/**
 * Web platform: sign-in (local accounts and OIDC), API tokens, the deny-by-default access rules every
 * endpoint declares, RFC 9457 problem details, GOV.UK page layout and form-error helpers. Feature modules
 * build on it; it learns about users only through {@link org.infoshare.shared.access.ActorSource}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web platform")
package org.infoshare.web;
