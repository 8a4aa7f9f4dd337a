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

    /** Staff record when a person's case closed and the last contact, from which retention periods run. */
    @Bean
    NavigationItem caseDatesNavigation() {
        return new NavigationItem(166, "Case dates", "/retention/people", Set.of(Role.PRACTITIONER, Role.MANAGER)).onHomePageOnly();
    }

    /** The record of processing activities, for those who oversee the organisation's processing. */
    @Bean
    NavigationItem ropaNavigation() {
        return new NavigationItem(167, "Record of processing", "/retention/ropa",
                Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR));
    }

    /** The partnership's record of processing, for those who run the partnership. */
    @Bean
    NavigationItem partnershipRopaNavigation() {
        return new NavigationItem(168, "The partnership's record of processing", "/retention/ropa/partnership",
                Set.of(Role.PARTNERSHIP_ADMINISTRATOR)).onHomePageOnly();
    }
}
