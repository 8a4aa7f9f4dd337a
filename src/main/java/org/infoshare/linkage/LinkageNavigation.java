package org.infoshare.linkage;

import java.util.Set;

import org.infoshare.shared.Role;
import org.infoshare.web.NavigationItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LinkageNavigation {

    /**
     * Only for those a linkage names: its organisation's Data Protection Officer and managers (who set linkages
     * up), and the members of its analysts' and early help teams.
     */
    @Bean
    NavigationItem linkageNavigationItem(LinkagePlans plans) {
        return new NavigationItem(360, "Supporting Families", "/linkage", Set.of(Role.PRACTITIONER, Role.MANAGER, Role.DATA_PROTECTION_OFFICER),
                actor -> LinkageAccess.administers(actor) || !plans.visibleTo(actor).isEmpty());
    }
}
