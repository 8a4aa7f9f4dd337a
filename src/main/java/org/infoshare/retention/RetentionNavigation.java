package org.infoshare.retention;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RetentionNavigation {

    /** Retention rules, legal holds and disposal: the Data Protection Officer's. */
    @Bean
    NavigationItem disposalNavigation() {
        return new NavigationItem(163, "Retention and disposal", "/retention/disposal", Set.of(Role.DATA_PROTECTION_OFFICER));
    }
}
