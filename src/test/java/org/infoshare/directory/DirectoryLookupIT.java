package org.infoshare.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The one name lookup every page uses: organisations always, teams and people when asked for. */
@IntegrationTest
class DirectoryLookupIT {

    @Autowired DirectoryLookup directory;
    @Autowired DemoPartnership demo;

    @Test
    void namesEveryOrganisationInNameOrderWhenAskedForNothingElse() {
        Map<UUID, String> names = directory.names(List.of());
        List<String> expected = directory.organisations().stream().map(Organisation::name).toList();
        assertThat(names.values()).containsExactlyElementsOf(expected);
        assertThat(names.keySet()).containsExactlyElementsOf(directory.organisations().stream().map(Organisation::id).toList());
    }

    @Test
    void namesTheTeamsAndPeopleAskedForAfterTheOrganisations() {
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        Team team = directory.teams(council).get(0);
        UUID practitioner = demo.userId(DemoPartnership.COUNCIL_PRACTITIONER);
        UUID unknown = UUID.randomUUID();

        Map<UUID, String> names = directory.names(Arrays.asList(practitioner, team.id(), null, unknown, team.id()));

        int organisations = directory.organisations().size();
        assertThat(names).hasSize(organisations + 2)
                .containsEntry(team.id(), team.name())
                .containsEntry(practitioner, directory.person(practitioner).orElseThrow().displayName())
                .doesNotContainKey(unknown);
        List<UUID> order = new ArrayList<>(names.keySet());
        assertThat(order.subList(0, organisations)).containsExactlyElementsOf(directory.organisations().stream().map(Organisation::id).toList());
        assertThat(order.subList(organisations, organisations + 2)).containsExactly(team.id(), practitioner);
    }
}
