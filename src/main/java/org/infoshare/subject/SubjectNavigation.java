package org.infoshare.subject;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubjectNavigation {

    @Bean
    NavigationItem peopleNavigation() {
        return new NavigationItem(90, "People", "/people",
                Set.of(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN));
    }
}
