package org.infoshare.delivery;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The disclosures a leaver leaves behind: addressed to them by name, not opened and not withdrawn (ADR 0016). */
@Repository
class DisclosureHandoverStore {

    private final JdbcClient jdbc;

    DisclosureHandoverStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Addressed by name to this person, not yet opened and not withdrawn. */
    int unopenedFor(UUID organisation, UUID user) {
        return jdbc.sql("""
                        select count(*) from disclosure where recipient_organisation = :organisation and recipient_user = :user
                           and first_opened_at is null and withdrawn_at is null""")
                .param("organisation", organisation).param("user", user).query(Integer.class).single();
    }

    /** A disclosure left unopened by a leaver, with the decision it was made on. */
    record Unopened(UUID id, UUID decisionId) {
    }

    /** Addressed by name to this person, not yet opened and not withdrawn, oldest first. */
    List<Unopened> unopened(UUID organisation, UUID user) {
        return jdbc.sql("""
                        select id, decision_id from disclosure where recipient_organisation = :organisation and recipient_user = :user
                           and first_opened_at is null and withdrawn_at is null order by sent_at, id""")
                .param("organisation", organisation).param("user", user)
                .query((rs, n) -> new Unopened(rs.getObject("id", UUID.class), rs.getObject("decision_id", UUID.class))).list();
    }

    /** Readdresses one, still unopened, from the leaver to a colleague (by name) or to a team; whether it was. */
    boolean readdress(UUID disclosure, UUID from, UUID toPerson, UUID toTeam) {
        return jdbc.sql("""
                        update disclosure set recipient_user = :person, recipient_team = :team
                         where id = :id and recipient_user = :from and first_opened_at is null and withdrawn_at is null""")
                .param("id", disclosure).param("from", from).param("person", toPerson).param("team", toTeam).update() == 1;
    }
}
