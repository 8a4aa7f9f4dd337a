package org.infoshare.audit;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavigationItem auditTrailNavigation() {
        return new NavigationItem(700, "Audit", "/audit", Set.of(Role.AUDITOR, Role.DATA_PROTECTION_OFFICER));
    }
}
