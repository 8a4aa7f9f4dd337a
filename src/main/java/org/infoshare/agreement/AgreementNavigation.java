package org.infoshare.agreement;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AgreementNavigation {

    @Bean
    NavigationItem agreementsNavigation() {
        return new NavigationItem(200, "Agreements", "/agreements", Set.of());
    }

    @Bean
    NavigationItem legalCatalogueNavigation() {
        return new NavigationItem(210, "Legal catalogue", "/legal/provisions",
                Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR));
    }
}
