package org.infoshare.scheme;

import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SchemeNavigation {

    @Bean
    NavigationItem schemesNavigationItem(Schemes schemes) {
        return new NavigationItem(560, "Disclosure schemes", "/schemes", Schemes.OFFICERS, schemes::police);
    }
}
