package org.infoshare.incident;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IncidentNavigation {

    /** Everyone may report an incident; the register is for information governance. */
    @Bean
    NavigationItem incidentsNavigationItem() {
        return new NavigationItem(340, "Incidents", "/incidents", Set.of(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER,
                Role.CALDICOTT_GUARDIAN, Role.PARTNERSHIP_ADMINISTRATOR, Role.AUDITOR));
    }
}
