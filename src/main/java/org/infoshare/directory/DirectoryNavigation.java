package org.infoshare.directory;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DirectoryNavigation {

    static final Set<Role> STAFF_READERS = Set.of(Role.PARTNERSHIP_ADMINISTRATOR, Role.MANAGER,
            Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR);

    @Bean
    NavigationItem organisationsNavigation() {
        return new NavigationItem(800, "Partnership", "/organisations", Set.of());
    }

    @Bean
    NavigationItem staffNavigation() {
        return new NavigationItem(810, "Staff", "/staff", STAFF_READERS);
    }
}
