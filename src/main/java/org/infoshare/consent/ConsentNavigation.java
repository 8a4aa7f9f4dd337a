package org.infoshare.consent;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConsentNavigation {

    @Bean
    NavigationItem consentRegisterNavigation() {
        return new NavigationItem(150, "Consent", "/consents",
                Set.of(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN));
    }
}
