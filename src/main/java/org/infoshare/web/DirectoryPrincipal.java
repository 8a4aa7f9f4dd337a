package org.infoshare.web;

import java.util.UUID;

/** Any authenticated principal (password, OIDC, API token) names exactly one directory user. */
public interface DirectoryPrincipal {

    UUID userId();
}
