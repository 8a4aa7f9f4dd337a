package org.infoshare.delivery;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DeliveryNavigation {

    @Bean
    NavigationItem inboxNavigation() {
        return new NavigationItem(300, "Inbox", "/inbox",
                Set.of(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN));
    }

    @Bean
    NavigationItem sentNavigation() {
        return new NavigationItem(310, "Sent", "/sent", Set.of(Role.PRACTITIONER, Role.MANAGER)).onHomePageOnly();
    }
}
