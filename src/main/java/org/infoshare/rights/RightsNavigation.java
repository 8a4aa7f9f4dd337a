package org.infoshare.rights;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RightsNavigation {

    /** The DPO's queue; the Caldicott Guardian and auditors may look. */
    @Bean
    NavigationItem rightsRequestsNavigation() {
        return new NavigationItem(160, "Rights requests", "/rights/requests",
                Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR));
    }

    /** Staff who deal with the public record a request the day it arrives, and hand it to the DPO. */
    @Bean
    NavigationItem rightsIntakeNavigation() {
        return new NavigationItem(161, "Record a rights request", "/rights/requests/new", Set.of(Role.PRACTITIONER, Role.MANAGER))
                .onHomePageOnly();
    }

    /** Notices about people's rights: to answer, and (for the DPO and overseers) the tracker of those sent. */
    @Bean
    NavigationItem rightsNoticesNavigation() {
        return new NavigationItem(162, "Rights notices", "/rights/notices",
                Set.of(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR));
    }

    /** Whether people were told of shares, and the organisation's privacy notice. */
    @Bean
    NavigationItem informingNavigation() {
        return new NavigationItem(164, "Informing people", "/rights/informing",
                Set.of(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER)).onHomePageOnly();
    }

    /** Inaccuracies reported in what was shared, for those who oversee the organisation's sharing. */
    @Bean
    NavigationItem qualityNavigation() {
        return new NavigationItem(165, "Inaccuracies reported", "/rights/quality",
                Set.of(Role.DATA_PROTECTION_OFFICER, Role.CALDICOTT_GUARDIAN, Role.AUDITOR));
    }
}
