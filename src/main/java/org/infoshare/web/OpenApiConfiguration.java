package org.infoshare.web;

import org.infoshare.shared.Actor;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document describes what a client sends: the {@link Actor} a handler receives comes from the API token
 * ({@link ActorArgumentResolver}), never from the request, so it is not a parameter of any operation.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }
}
