package org.infoshare.clock;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarNavigation {

    @Bean
    NavigationItem calendarNavigationItem() {
        return new NavigationItem(820, "Calendar", "/calendar", Set.of(Role.DATA_PROTECTION_OFFICER, Role.PARTNERSHIP_ADMINISTRATOR));
    }
}
