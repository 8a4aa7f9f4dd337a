package org.infoshare.decision;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DecisionNavigation {

    @Bean
    NavigationItem decideNavigation() {
        return new NavigationItem(100, "Decide whether to share", "/decisions", Set.of(Role.PRACTITIONER, Role.MANAGER));
    }

    @Bean
    NavigationItem requestsNavigation() {
        return new NavigationItem(120, "Requests", "/requests", Set.of(Role.PRACTITIONER, Role.MANAGER));
    }

    @Bean
    NavigationItem requestsSentNavigation() {
        return new NavigationItem(315, "Requests sent", "/requests/sent", Set.of(Role.PRACTITIONER, Role.MANAGER)).onHomePageOnly();
    }

    @Bean
    NavigationItem adviceNavigation() {
        return new NavigationItem(130, "Advice", "/advice", Set.copyOf(DecisionInputs.ADVISERS));
    }
}
