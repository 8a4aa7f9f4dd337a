package org.infoshare.linkage;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.infoshare.dataset.DatasetUpload;
import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.StaffMember;
import org.infoshare.shared.Actor;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SignInAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A linkage run reads a partner's linkage dataset however many other datasets the analysts' team has received since:
 * the datasets published to the plan's team under the plan's agreement are read in SQL, all of them, rather than
 * looked for among the organisation's newest two hundred (ADR 0017). The datasets go to an organisation and team of
 * their own, so nobody else's lists change.
 */
@IntegrationTest
class OlderLinkageDatasetIT {

    @Autowired DemoPartnership demo;
    @Autowired SignInAccounts accounts;
    @Autowired LinkageSources sources;
    @Autowired JdbcClient jdbc;

    @Test
    void aLinkageDatasetOlderThanTwoHundredOthersIsReadAndOnlyTheAnalystsTeamReadsIt() {
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        StaffMember administrator = accounts.newOrganisationAdministrator();
        UUID hub = administrator.organisationId();
        UUID analysts = UUID.randomUUID();
        jdbc.sql("insert into team (id, organisation_id, name, created_at) values (:id, :hub, 'Linkage analysts', now())")
                .param("id", analysts).param("hub", hub).update();
        UUID template = jdbc.sql("select id from dataset_upload where status = 'PUBLISHED' and sender_organisation = :police order by received_at limit 1")
                .param("police", police).query(UUID.class).single();
        UUID agreement = jdbc.sql("select agreement_id from dataset_upload where id = :id").param("id", template).query(UUID.class).single();

        UUID linkageDataset = copy(template, hub, analysts, 0, true);
        for (int minute = 1; minute <= 200; minute++) {
            copy(template, hub, analysts, minute, false);
        }

        Actor analyst = in(administrator, Set.of(analysts));
        LinkagePlan plan = new LinkagePlan(UUID.randomUUID(), hub, agreement, "Older datasets", analysts, analysts, "fingerprint", null, null, 0,
                Instant.now());
        List<DatasetUpload> read = sources.datasetsFor(analyst, plan);
        assertThat(read).extracting(DatasetUpload::id).containsExactly(linkageDataset);

        // Someone of the organisation outside the analysts' team reads nothing, and another agreement's plan reads nothing.
        assertThat(sources.datasetsFor(in(administrator, Set.of()), plan)).isEmpty();
        UUID otherAgreement = jdbc.sql("select id from agreement where id <> :agreement limit 1").param("agreement", agreement).query(UUID.class).single();
        assertThat(sources.datasetsFor(analyst, new LinkagePlan(plan.id(), hub, otherAgreement, plan.name(), analysts, analysts, "fingerprint", null,
                null, 0, Instant.now()))).isEmpty();
    }

    /** The organisation's administrator as a member of {@code teams}. */
    private static Actor in(StaffMember member, Set<UUID> teams) {
        return new Actor(member.id(), member.organisationId(), "Linkage hub", member.displayName(), Actor.Kind.PERSON, Set.of(), teams, true);
    }

    /**
     * A copy of the police's published dataset, sent to the hub's analysts a hundred days ago and {@code minute}
     * minutes; with {@code linkage}, its one column is a linkage encoding, otherwise plain text.
     */
    private UUID copy(UUID upload, UUID hub, UUID team, int minute, boolean linkage) {
        return jdbc.sql("""
                        insert into dataset_upload select (jsonb_populate_record(u, jsonb_build_object('id', gen_random_uuid(),
                            'idempotency_key', 'older-linkage-' || gen_random_uuid(),
                            'recipient_organisation', cast(:hub as uuid), 'recipient_team', cast(:team as uuid),
                            'columns', jsonb_build_array(jsonb_build_object('name', cast(:column as text), 'item', null, 'type', 'TEXT',
                                                                            'pseudonymised', true)),
                            'received_at', now() - interval '100 days' + :minute * interval '1 minute',
                            'finished_at', now() - interval '100 days' + :minute * interval '1 minute'))).*
                        from dataset_upload u where u.id = :id returning id""")
                .param("hub", hub).param("team", team).param("column", linkage ? "linkage-encoding" : "notes")
                .param("minute", minute).param("id", upload).query(UUID.class).single();
    }
}
