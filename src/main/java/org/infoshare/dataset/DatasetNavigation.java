package org.infoshare.dataset;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DatasetNavigation {

    @Bean
    NavigationItem datasetsNavigation() {
        return new NavigationItem(320, "Datasets", "/datasets",
                Set.of(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN)).onHomePageOnly();
    }
}
