package org.infoshare.subject;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Break glass where each role finds it: the form for those who work with cases, the log for those who oversee. */
@Configuration(proxyBeanMethods = false)
class BreakGlassNavigation {

    @Bean
    NavigationItem breakGlassFormNavigation() {
        return new NavigationItem(720, "Break glass", "/people/break-glass", Set.of(Role.PRACTITIONER, Role.MANAGER)).onHomePageOnly();
    }

    @Bean
    NavigationItem breakGlassLogNavigation() {
        return new NavigationItem(730, "Break glass log", "/break-glass",
                Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR));
    }
}
