package org.infoshare.oversight;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OversightNavigation {

    @Bean
    NavigationItem oversightNavigationItem() {
        return new NavigationItem(860, "Oversight", "/oversight",
                Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR, Role.AUDITOR));
    }
}
