package org.infoshare.foi;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FoiNavigation {

    @Bean
    NavigationItem foiNavigationItem() {
        return new NavigationItem(830, "FOI assistance", "/foi", Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR));
    }
}
