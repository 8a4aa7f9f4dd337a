package org.infoshare.rights;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.infoshare.directory.DemoDirectory;
import org.infoshare.directory.DirectoryLookup;
import org.infoshare.rights.rules.PropagationTargets;
import org.infoshare.rights.rules.RequestOutcome;
import org.infoshare.rights.rules.RightKind;
import org.infoshare.shared.Actor;
import org.infoshare.shared.UkCalendar;
import org.infoshare.support.DemoPartnership;
import org.infoshare.support.IntegrationTest;
import org.infoshare.support.SignInAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A granted erasure reaches the recipients of a dataset however many datasets its sender has published since: the
 * dataset named is found by its id, not looked for among the newest two hundred (ADR 0017). The uploads are the
 * council's, sent a hundred days ago to an organisation of their own, so nobody else's lists or notices change.
 */
@IntegrationTest
class OlderDatasetNoticeIT {

    @Autowired MockMvc mvc;
    @Autowired DemoPartnership demo;
    @Autowired DirectoryLookup directory;
    @Autowired RightsRequests requests;
    @Autowired Propagation propagation;
    @Autowired SignInAccounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void anErasureIsPassedOnToTheRecipientsOfADatasetOlderThanTwoHundredOthersAndNobodyElsesDatasetIsAccepted() throws Exception {
        UUID council = demo.organisation(DemoDirectory.COUNCIL).id();
        UUID police = demo.organisation(DemoDirectory.POLICE).id();
        UUID partner = accounts.newOrganisationAdministrator().organisationId();
        UUID team = UUID.randomUUID();
        jdbc.sql("insert into team (id, organisation_id, name, created_at) values (:id, :partner, 'Older datasets', now())")
                .param("id", team).param("partner", partner).update();
        UUID policeUpload = jdbc.sql("select id from dataset_upload where status = 'PUBLISHED' and sender_organisation = :police order by received_at limit 1")
                .param("police", police).query(UUID.class).single();
        UUID target = copy(policeUpload, council, partner, team, 0, "PUBLISHED");
        for (int minute = 1; minute <= 200; minute++) {
            copy(policeUpload, council, partner, team, minute, "PUBLISHED");
        }
        UUID refused = copy(policeUpload, council, partner, team, 201, "REFUSED");
        assertThat(jdbc.sql("select count(*) from dataset_upload where sender_organisation = :council and received_at > "
                        + "(select received_at from dataset_upload where id = :target)")
                .param("council", council).param("target", target).query(Integer.class).single()).isGreaterThanOrEqualTo(200);

        RightsFixtures fixtures = new RightsFixtures(mvc, demo, directory, requests);
        Actor dpo = fixtures.actor(RightsFixtures.COUNCIL_DPO);
        RightsRequest request = fixtures.confirmed(RightKind.ERASURE, fixtures.person());
        requests.decide(dpo, request.id(), new RightsCommands.Decide(RequestOutcome.GRANTED, List.of(), "We erase it", LocalDate.now(UkCalendar.ZONE)));

        // Another organisation's dataset, and one of the council's that was never published, are refused; nothing is sent.
        for (UUID notOurs : List.of(policeUpload, refused, UUID.randomUUID())) {
            mvc.perform(post("/api/v1/rights/requests/" + request.id() + "/notices").header("Authorization", "Bearer " + demo.token(RightsFixtures.COUNCIL_DPO))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"itemCodes\":[],\"datasetUploads\":[\"" + notOurs + "\"]}"))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(jsonPath("$.errors[0].field").value("datasetUploads"))
                    .andExpect(jsonPath("$.errors[0].rule").value("published-dataset"));
        }
        assertThat(notices(request)).isZero();
        assertThat(requests.request(dpo, request.id()).request().propagated()).isFalse();

        NoticeCommands.SendNotices command = new NoticeCommands.SendNotices(List.of(), List.of(target), null);
        List<PropagationTargets.Target> reached = propagation.preview(dpo, request.id(), command);
        assertThat(reached).extracting(t -> t.to().organisationId()).containsExactly(partner);
        assertThat(reached).extracting(t -> t.to().teamId()).containsExactly(team);

        List<RightsNotice> sent = propagation.send(dpo, request.id(), command);

        assertThat(sent).hasSize(1);
        assertThat(jdbc.sql("select count(*) from rights_notice where request_id = :request and recipient_organisation = :partner and recipient_team = :team")
                .param("request", request.id()).param("partner", partner).param("team", team).query(Integer.class).single()).isEqualTo(1);
    }

    /** A copy of the demo's dataset as the council's upload, received a hundred days ago and {@code minute} minutes. */
    private UUID copy(UUID upload, UUID council, UUID partner, UUID team, int minute, String status) {
        return jdbc.sql("""
                        insert into dataset_upload select (jsonb_populate_record(u, jsonb_build_object('id', gen_random_uuid(),
                            'idempotency_key', 'older-dataset-' || gen_random_uuid(), 'sender_organisation', cast(:council as uuid),
                            'recipient_organisation', cast(:partner as uuid), 'recipient_team', cast(:team as uuid),
                            'uploaded_by', cast(:dpo as uuid), 'status', cast(:status as text),
                            'received_at', now() - interval '100 days' + :minute * interval '1 minute',
                            'finished_at', now() - interval '100 days' + :minute * interval '1 minute'))).*
                        from dataset_upload u where u.id = :id returning id""")
                .param("council", council).param("partner", partner).param("team", team).param("dpo", demo.userId(RightsFixtures.COUNCIL_DPO))
                .param("status", status).param("minute", minute).param("id", upload).query(UUID.class).single();
    }

    private int notices(RightsRequest request) {
        return jdbc.sql("select count(*) from rights_notice where request_id = :request").param("request", request.id()).query(Integer.class).single();
    }
}
