package org.infoshare.complaint;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ComplaintNavigation {

    @Bean
    NavigationItem complaintsNavigationItem() {
        return new NavigationItem(840, "Complaints", "/complaints", Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR));
    }
}
